"""`maillage`: the command line, a thin layer over the library.

Each command parses its options and calls one library function; errors become one line on
stderr and an exit code: 1 for a failure while working, 2 for unusable input or arguments.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from maillage import output
from maillage.settings import DEFAULT_STORE

EXIT_FAILURE = 1
EXIT_USAGE = 2


class Failure(click.ClickException):
    """An error shown as one line, with the exit code it deserves."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        click.echo(f"maillage: error: {self.format_message()}", err=True)


def handle_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Turn the library's known errors into one-line messages with the right exit code."""
    from loader.parse import ParseError
    from loader.store import StoreError
    from queries.runner import QueryError

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except ParseError as error:
            raise Failure(str(error), EXIT_USAGE) from None
        except QueryError as error:
            raise Failure(str(error), EXIT_USAGE) from None
        except StoreError as error:
            raise Failure(str(error)) from None
        except OSError as error:
            raise Failure(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")) \
                from None

    return wrapper


def store_option(command: Callable[..., None]) -> Callable[..., None]:
    """`--store DIR`: the embedded store (default ./maillage-store)."""
    return click.option("--store", type=click.Path(path_type=Path), default=DEFAULT_STORE,
                        show_default=True, help="Directory of the embedded store.")(command)


def quiet_option(command: Callable[..., None]) -> Callable[..., None]:
    """`--quiet`: no progress output, no summary (errors and warnings still go to stderr)."""
    return click.option("--quiet", "-q", is_flag=True, help="Print no progress or summary.")(
        command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="maillage")
def cli() -> None:
    """Maillage: SENACS fiches action as a knowledge graph (who does what, with whom, paid by
    whom)."""


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--out", type=click.Path(path_type=Path),
              help="Also write the triples to FILE (format from its extension: .nt, .ttl, …).")
@click.option("--no-ner", is_flag=True, help="Skip named-entity recognition of partners.")
@quiet_option
@handle_errors
def build(inputs: tuple[Path, ...], store: Path, out: Path | None, no_ner: bool,
          quiet: bool) -> None:
    """Parse, extract and load SENACS exports into the store (default input: the sample)."""
    from loader.pipeline import SAMPLE
    from loader.pipeline import build as run_build

    summary = run_build(list(inputs) or [SAMPLE], store,
                        report=lambda problem: click.echo(f"warning: {problem}", err=True),
                        ner=not no_ner)
    if out:
        _export_file(store, out, None)
    if not quiet:
        for line in summary.lines():
            click.echo(line)


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(output.FORMATS), default="table",
              show_default=True)
@store_option
@click.option("--endpoint", metavar="URL", help="A SPARQL server's query URL instead of the store.")
@handle_errors
def query(name: str | None, params: tuple[str, ...], fmt: str, store: Path,
          endpoint: str | None) -> None:
    """Run a named query (see the list without NAME) or a .rq file."""
    from queries.runner import catalogue, open_backend, run_query

    if name is None:
        click.echo(output.catalogue_text(catalogue()))
        return
    result = run_query(open_backend(store, endpoint), name, _parse_params(params))
    click.echo(output.render(result, fmt), nl=False)


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(list(output.RDF_FORMATS)))
@click.option("--out", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@store_option
@handle_errors
def export(fmt: str, out: Path | None, store: Path) -> None:
    """Write the whole graph in a standard RDF format."""
    _export_file(store, out, fmt)


@cli.command()
@store_option
@handle_errors
def validate(store: Path) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl."""
    from loader.store import open_store
    from loader.validate import validate as run_validation

    report = run_validation(open_store(store))
    click.echo(report.text)
    if not report.conforms:
        raise Failure(f"{report.violations} violation(s) of the SHACL shapes")


def _export_file(store: Path, out: Path | None, fmt: str | None) -> None:
    from loader.store import export as run_export
    from loader.store import open_store

    rdf_format = output.rdf_format(fmt, out)
    opened = open_store(store)
    if out is None:
        run_export(opened, sys.stdout.buffer, rdf_format)
        return
    with out.open("wb") as stream:
        run_export(opened, stream, rdf_format)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep or not name.strip():
            raise Failure(f"--param {param!r}: expected NAME=VALUE", EXIT_USAGE)
        parsed[name.strip()] = value
    return parsed


def main() -> None:
    """Entry point of the `maillage` console script."""
    cli(prog_name="maillage")
