"""`maillage`: the command line, a thin layer over the library.

Each command parses its options and calls one library function; errors become one line on
stderr and an exit code: 1 for a failure while working, 2 for unusable input or arguments
(`maillage.options`, with the options several commands share).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

import networks
from maillage import output
from maillage.options import (
    Failure,
    OneLineUsage,
    QueryParam,
    UsageFailure,
    endpoint_options,
    handle_errors,
    push_endpoint_options,
    quiet_option,
    store_option,
)
from storage.endpoints import Remote
from storage.settings import CHUNK_SIZE, NER, PORT, SEED


@click.group(cls=OneLineUsage, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="maillage")
def cli() -> None:
    """Maillage: SENACS fiches action as a knowledge graph (who does what, with whom, paid by
    whom)."""


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--out", type=click.Path(path_type=Path),
              help="Also write the triples to FILE (format from its extension: .nt, .ttl, …).")
@click.option("--ner", is_flag=True, default=NER.default, help=NER.help)
@click.option("--workers", type=click.IntRange(min=1),
              help="Extraction processes (default: one per core for inputs over 4 MB).")
@quiet_option
@handle_errors
def build(inputs: tuple[Path, ...], store: Path, out: Path | None, ner: bool,
          workers: int | None, quiet: bool) -> None:
    """Parse, extract and load SENACS exports into the store (default input: the sample)."""
    from loader.pipeline import SAMPLE
    from loader.pipeline import build as run_build

    _check_inputs(inputs)
    if out:
        output.rdf_format(None, out)
        output.check_target(out)
    paths = list(inputs) or [SAMPLE]
    with output.fiche_counter(f"build {', '.join(path.name for path in paths)}",
                              enabled=not quiet and sys.stderr.isatty()) as advance:
        summary = run_build(paths, store,
                            report=lambda problem: click.echo(
                                f"warning: {output.printable(str(problem))}", err=True),
                            ner=ner, workers=workers, progress=advance)
    if out:
        output.export_store(store, out)
    if not quiet:
        for line in summary.lines():
            click.echo(line)


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", type=QueryParam(), multiple=True, metavar="NAME=VALUE",
              callback=QueryParam.grouped,
              help="A query parameter (repeatable: the same name twice means any of its values).")
@click.option("--format", "fmt", type=click.Choice(output.FORMATS), default="table",
              show_default=True)
@click.option("--limit", type=click.IntRange(min=0), help="At most N rows.")
@click.option("--offset", type=click.IntRange(min=0), help="Skip the first N rows.")
@click.option("--unordered", is_flag=True,
              help="Skip the query's final sort: a page then costs only its rows.")
@click.option("--allow-service", is_flag=True,
              help="Let a query file call SERVICE (a request to another server).")
@store_option
@endpoint_options
@handle_errors
def query(name: str | None, params: dict[str, list[str]], fmt: str, limit: int | None,
          offset: int | None, unordered: bool, allow_service: bool, store: Path,
          remote: Remote | None) -> None:
    """Run a named query (see the list without NAME) or a .rq file."""
    from queries.backends import open_backend
    from queries.runner import catalogue, stream_query

    if name is None:
        click.echo(output.catalogue_text(catalogue()))
        return
    stream = stream_query(open_backend(store, remote), name, params,
                          limit=limit, offset=offset, ordered=not unordered,
                          allow_service=allow_service)
    try:
        output.write(stream, fmt, sys.stdout)
    except BrokenPipeError:  # the reader (head, less) has had enough: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@cli.command()
@click.option("--format", "fmt", type=click.Choice(list(output.RDF_FORMATS)),
              help="RDF format (default: from --out's extension, else turtle).")
@click.option("--out", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@store_option
@handle_errors
def export(fmt: str | None, out: Path | None, store: Path) -> None:
    """Write the whole graph in a standard RDF format."""
    if out:
        output.check_target(out)
    output.export_store(store, out, fmt)


@cli.command()
@store_option
@handle_errors
def validate(store: Path) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl."""
    from loader.validate import validate as run_validation
    from storage.embedded import open_store

    report = run_validation(open_store(store))
    click.echo(report.text)
    if not report.conforms:
        raise Failure(f"{report.violations} violation(s) of the SHACL shapes")


@cli.command()
@click.argument("kind", type=click.Choice(networks.KINDS))
@click.option("--out", type=click.Path(path_type=Path),
              help="File to write (default: KIND.FORMAT in the current directory).")
@click.option("--format", "fmt", type=click.Choice(networks.FORMATS),
              help="Output format (default: from --out's extension, else html).")
@click.option("--departement", help="Only the structures of this département (code or name).")
@click.option("--region", help="Only the structures of this région (code or name).")
@click.option("--structure", help="Only this structure (name): its partners or funders, or the "
              "structures of its département that share an organisation with it.")
@click.option("--keyword", help="Only the actions tagged with this keyword.")
@click.option("--funder", help="Only the actions paid by this funder (name or key, e.g. caf).")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="Drop the links lighter than this.")
@click.option("--top", type=click.IntRange(min=1), help="Keep the N most linked nodes.")
@click.option("--group-by", type=click.Choice(networks.AGGREGATES),
              help="One node per département or Louvain community (a national overview).")
@click.option("--colour-by", type=click.Choice(networks.COLOUR_BY),
              help="Page colours (default: kind when the page shows several, else community).")
@store_option
@endpoint_options
@quiet_option
@handle_errors
def network(kind: str, out: Path | None, fmt: str | None, departement: str | None,
            region: str | None, structure: str | None, keyword: str | None,
            funder: str | None, min_weight: int, top: int | None, group_by: str | None,
            colour_by: str | None, store: Path, remote: Remote | None, quiet: bool) -> None:
    """Project a network (partners, funders, structures, keywords) to a page or a Gephi file."""
    from networks.project import Filters, aggregate, project
    from networks.render import render
    from queries.backends import open_backend

    fmt = fmt or (out.suffix.lstrip(".").lower() if out else "html")
    if fmt not in networks.FORMATS:
        raise UsageFailure(f"--out {out}: cannot tell the format, give --format "
                           f"({', '.join(networks.FORMATS)})")
    filters = Filters(departement=departement, region=region, structure=structure,
                      keyword=keyword, funder=funder, min_weight=min_weight, top=top)
    path = out or Path(f"{kind}.{fmt}")
    path.parent.mkdir(parents=True, exist_ok=True)
    output.check_target(path)
    graph = project(kind, open_backend(store, remote), filters)
    if group_by:
        graph = aggregate(graph, group_by)
    with output.replacing(path) as temporary:
        render(graph, temporary, fmt, colour_by=colour_by)
    if not quiet:
        click.echo(f"{path}: {graph.graph['summary']}")


@cli.command()
@store_option
@push_endpoint_options
@click.option("--chunk-size", type=click.IntRange(min=1), default=CHUNK_SIZE.default,
              show_default=True, help=CHUNK_SIZE.help)
@quiet_option
@handle_errors
def push(store: Path, remote: Remote | None, chunk_size: int, quiet: bool) -> None:
    """Replace a named graph of a SPARQL 1.1 server by the store's graph (--endpoint URL)."""
    from loader.push import push as run_push
    from storage.embedded import open_store

    if remote is None or not remote.graph:
        raise UsageFailure("push needs --endpoint URL (the server's query URL) and a --graph IRI")
    opened = open_store(store)
    with click.progressbar(length=len(opened), label="pushing triples", file=sys.stderr,
                           hidden=quiet) as bar:
        summary = run_push(opened, remote, chunk_size=chunk_size, progress=bar.update)
    if not quiet:
        click.echo(summary.line(remote.endpoints.query))


@cli.command()
@store_option
@click.option("--port", type=click.IntRange(1, 65535), default=PORT.default, show_default=True,
              help=PORT.help)
@click.option("--allow-service", is_flag=True,
              help="Let clients' queries call SERVICE (make this machine request other servers).")
@click.option("--site", "site_dir", type=click.Path(path_type=Path),
              help="Also serve this site folder (written by maillage site), on --site-port.")
@click.option("--site-port", type=click.IntRange(1, 65535),
              help="Port of the site on 127.0.0.1 (default: --port + 1).")
@handle_errors
def serve(store: Path, port: int, allow_service: bool, site_dir: Path | None,
          site_port: int | None) -> None:
    """Serve the store as a SPARQL endpoint on 127.0.0.1 (with a query page); Ctrl-C stops it."""
    from maillage.serve import serve as run_server

    status = run_server(store, port=port, allow_service=allow_service, site=site_dir,
                        site_port=site_port, echo=click.echo)
    if status:
        raise Failure(f"the oxigraph server stopped with status {status}")


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="The folder to write (replaced whole once the new site is complete).")
@store_option
@endpoint_options
@quiet_option
@handle_errors
def site(out: Path, store: Path, remote: Remote | None, quiet: bool) -> None:
    """Write the explorer: a static site of the graph that opens offline (OUT/index.html)."""
    from explorer.build import SiteError, build_site
    from queries.backends import open_backend

    say = (lambda message: click.echo(f"{message}…", err=True)) \
        if not quiet and sys.stderr.isatty() else None
    try:
        summary = build_site(open_backend(store, remote), out, progress=say)
    except SiteError as error:
        raise UsageFailure(str(error)) from None
    if not quiet:
        click.echo(summary.line())


@cli.command()
@click.argument("n", type=click.IntRange(min=1))
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="The export file to write.")
@click.option("--seed", type=int, default=SEED.default, show_default=True, help=SEED.help)
@quiet_option
@handle_errors
def synth(n: int, out: Path, seed: int, quiet: bool) -> None:
    """Write N synthetic fiches action in the SENACS export format (for load tests)."""
    from maillage.synth import synthesize

    summary = synthesize(n, out, seed=seed)
    if not quiet:
        click.echo(summary.line(out))


def _check_inputs(inputs: tuple[Path, ...]) -> None:
    """Every input must be a file, checked before any work."""
    for path in inputs:
        if not path.exists():
            raise UsageFailure(f"{path}: no such file")
        if path.is_dir():
            raise UsageFailure(f"{path}: is a directory, not a SENACS export")


def main() -> None:
    """Entry point of the `maillage` console script."""
    cli(prog_name="maillage")
