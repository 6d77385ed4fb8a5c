"""What the commands of `maillage` share: errors as one line with an exit code (1 for a
failure while working, 2 for unusable input or arguments), and the options several commands
take (`--store`, `--endpoint` and how to reach it, `--quiet`) and the types of their values
(`QueryParam`, `EndpointURL`).
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
from storage.endpoints import (
    AUTH_SCHEMES,
    PASSWORD_ENV,
    Auth,
    EndpointError,
    Remote,
    check_url,
    resolve,
)
from storage.settings import GRAPH, STORE, TIMEOUT

__all__ = ["EXIT_FAILURE", "EXIT_USAGE", "EndpointURL", "Failure", "OneLineUsage", "QueryParam",
           "UsageFailure", "endpoint_options", "handle_errors", "push_endpoint_options",
           "quiet_option", "store_option"]

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

    The command receives `remote`: the server as a `storage.endpoints.Remote`, resolved once
    (None without `--endpoint`). The password of `--user` comes from $MAILLAGE_PASSWORD or a
    prompt, never from an option.
    """
    return _remote_options(command, push=False)


def push_endpoint_options(command: Callable[..., None]) -> Callable[..., None]:
    """`endpoint_options`, and the server's update and Graph Store URLs a push writes to."""
    return _remote_options(command, push=True)


def _remote_options(command: Callable[..., None], *, push: bool) -> Callable[..., None]:
    @functools.wraps(command)
    def wrapper(*args: Any, endpoint: str | None, graph: str, user: str | None,
                auth_scheme: str | None, timeout: float, update_endpoint: str | None = None,
                graph_store_endpoint: str | None = None, **kwargs: Any) -> None:
        remote = None
        if endpoint:
            try:  # the URLs are checked (EndpointURL): nothing left to refuse
                endpoints = resolve(endpoint, update=update_endpoint,
                                    graph_store=graph_store_endpoint)
            except EndpointError as error:
                raise UsageFailure(str(error)) from None
            _check_graph(graph)
            remote = Remote(endpoints, graph or None,
                            _auth(user, auth_scheme or endpoints.auth_scheme), timeout)
        command(*args, remote=remote, **kwargs)

    options = [
        click.option("--endpoint", type=EndpointURL(), metavar="URL",
                     help="A SPARQL server's query URL instead of the store."),
        click.option("--graph", metavar="IRI", default=GRAPH.default, show_default=True,
                     help=GRAPH.help),
        click.option("--user", metavar="NAME",
                     help=f"HTTP user; the password comes from ${PASSWORD_ENV} or a prompt."),
        click.option("--auth-scheme", type=click.Choice(list(AUTH_SCHEMES)),
                     help="HTTP authentication (default: digest for Virtuoso, else basic)."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True),
                     default=TIMEOUT.default, show_default=True, help=TIMEOUT.help),
    ]
    if push:
        options += [
            click.option("--update-endpoint", type=EndpointURL(), metavar="URL",
                         help="SPARQL Update URL (default: derived from --endpoint for known "
                         "servers)."),
            click.option("--graph-store-endpoint", type=EndpointURL(), metavar="URL",
                         help="Graph Store Protocol URL (default: derived; else INSERT DATA "
                         "is used)."),
        ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


class EndpointURL(click.ParamType):
    """The URL of a SPARQL server: http(s), without credentials (`storage.endpoints.check_url`);
    else a one-line usage error naming the option."""

    name = "url"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        try:
            check_url(value)
        except EndpointError as error:
            option = param.opts[0] if param else "URL"
            raise UsageFailure(f"{option}: {error}") from None
        return str(value)


class QueryParam(click.ParamType):
    """`NAME=VALUE`, a query parameter, as the pair (NAME, VALUE); else a one-line usage error.

    `grouped`, the option's callback, gathers the pairs by name: a name given several times
    means any of its values.

    >>> QueryParam().convert("keyword=santé", None, None)
    ('keyword', 'santé')
    >>> QueryParam.grouped(None, None, (("keyword", "santé"), ("departement", "32"),
    ...                                 ("keyword", "jeunesse")))
    {'keyword': ['santé', 'jeunesse'], 'departement': ['32']}
    """

    name = "NAME=VALUE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[str, str]:
        if isinstance(value, tuple):  # already converted
            return value
        name, sep, text = str(value).partition("=")
        if not sep or not name.strip():
            raise UsageFailure(f"--param {value!r}: expected NAME=VALUE")
        return name.strip(), text

    @staticmethod
    def grouped(ctx: click.Context | None, param: click.Parameter | None,
                pairs: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
        """The values of a repeated `--param`, by name, in the order given."""
        values: dict[str, list[str]] = {}
        for name, value in pairs:
            values.setdefault(name, []).append(value)
        return values


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
