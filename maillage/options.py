"""What the commands of `maillage` share: errors as one line with an exit code (1 for a
failure while working, 2 for unusable input or arguments), and the options several commands
take (`--store`, `--endpoint` and how to reach it, `--quiet`).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from maillage import output
from storage.endpoints import AUTH_SCHEMES, PASSWORD_ENV, Auth
from storage.settings import GRAPH, STORE

__all__ = ["EXIT_FAILURE", "EXIT_USAGE", "Failure", "OneLineUsage", "UsageFailure",
           "endpoint_options", "handle_errors", "quiet_option", "store_option"]

EXIT_FAILURE = 1
EXIT_USAGE = 2


class Failure(click.ClickException):
    """A failure while working, shown as one line (exit code 1)."""

    exit_code = EXIT_FAILURE

    def show(self, file: Any = None) -> None:
        click.echo(f"maillage: error: {output.printable(self.format_message())}", err=True)


class UsageFailure(Failure):
    """Unusable input or arguments, shown as one line (exit code 2)."""

    exit_code = EXIT_USAGE


def handle_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Turn the library's known errors into one-line messages with the right exit code."""
    from explorer.serve import SiteServeError
    from loader.parse import ParseError
    from maillage.serve import ServeError
    from queries.backends import QueryError
    from storage.embedded import StoreError, UnusableStore
    from storage.endpoints import EndpointError

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except ParseError as error:
            raise UsageFailure(str(error)) from None
        except (QueryError, UnusableStore, output.OutputError, SiteServeError) as error:
            raise UsageFailure(str(error)) from None
        except (StoreError, EndpointError, ServeError) as error:
            raise Failure(str(error)) from None
        except OSError as error:
            raise Failure(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")) \
                from None

    return wrapper


def store_option(command: Callable[..., None]) -> Callable[..., None]:
    """`--store DIR`: the embedded store (default ./maillage-store)."""
    return click.option("--store", type=click.Path(path_type=Path), default=STORE.default,
                        show_default=True, help=STORE.help)(command)


def endpoint_options(command: Callable[..., None]) -> Callable[..., None]:
    """`--endpoint URL` (a SPARQL server instead of the store) and how to reach it.

    The command receives `endpoint` and `remote`, the options of `queries.backends.RemoteBackend`
    (graph, auth, timeout). The password of `--user` comes from $MAILLAGE_PASSWORD or a prompt,
    never from an option.
    """

    @functools.wraps(command)
    def wrapper(*args: Any, endpoint: str | None, graph: str, user: str | None,
                auth_scheme: str | None, timeout: float, **kwargs: Any) -> None:
        remote: dict[str, Any] = {}
        if endpoint:
            from storage.endpoints import EndpointError, resolve

            try:
                server = resolve(endpoint)
            except EndpointError as error:
                raise UsageFailure(f"--endpoint: {error}") from None
            _check_graph(graph)
            remote = {"graph": graph or None, "timeout": timeout,
                      "auth": _auth(user, auth_scheme or server.auth_scheme)}
        command(*args, endpoint=endpoint, remote=remote, **kwargs)

    options = [
        click.option("--endpoint", metavar="URL",
                     help="A SPARQL server's query URL instead of the store."),
        click.option("--graph", metavar="IRI", default=GRAPH.default, show_default=True,
                     help=GRAPH.help),
        click.option("--user", metavar="NAME",
                     help=f"HTTP user; the password comes from ${PASSWORD_ENV} or a prompt."),
        click.option("--auth-scheme", type=click.Choice(list(AUTH_SCHEMES)),
                     help="HTTP authentication (default: digest for Virtuoso, else basic)."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60,
                     show_default=True, help="Seconds to wait for each answer of the server."),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def quiet_option(command: Callable[..., None]) -> Callable[..., None]:
    """`--quiet`: no progress output, no summary (errors and warnings still go to stderr)."""
    return click.option("--quiet", "-q", is_flag=True, help="Print no progress or summary.")(
        command)


class OneLineUsage(click.Group):
    """The command group: usage errors (its own and its commands') are one line like every
    other error."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _one_line_usage():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _one_line_usage():
            return super().invoke(ctx)


# click >= 8.2 shows the help for a bare `maillage` through a UsageError: left as it is.
_BARE_COMMAND = getattr(click.exceptions, "NoArgsIsHelpError", ())


@contextlib.contextmanager
def _one_line_usage() -> Iterator[None]:
    try:
        yield
    except click.UsageError as error:
        if isinstance(error, _BARE_COMMAND):
            raise
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
        raise UsageFailure(error.format_message() + hint) from None


def _auth(user: str | None, scheme: str) -> Auth | None:
    """Credentials for `--user`, the password from the environment or a hidden prompt."""
    if not user:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UsageFailure(f"--user {user}: set the password in ${PASSWORD_ENV} "
                               "(no terminal to ask for it)")
        password = click.prompt(f"Password for {user}", hide_input=True, err=True)
    return Auth(user, password, scheme)


def _check_graph(graph: str) -> None:
    """`--graph` must be an IRI (or '' for the server's default graph)."""
    if graph:
        import pyoxigraph as ox

        try:
            ox.NamedNode(graph)
        except ValueError as error:
            raise UsageFailure(f"--graph {graph!r}: not an IRI ({error})") from None
