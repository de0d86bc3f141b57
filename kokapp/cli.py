"""Kök's command line: ``kokapp`` starts the app; subcommands work headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kokapp import __version__
from kokapp.cli_data import print_json as _print_json   # standard library only: --help stays fast
from kokapp.core.errors import KokError


def _load_project(args: argparse.Namespace):
    from kokapp.core.datapack import bundled_datapack
    from kokapp.io.project_file import load_project
    from kokapp.paths import demo_project

    if args.demo == bool(args.project):
        raise KokError("give a project file or --demo (one of the two)")
    warnings: list = []
    project = load_project(demo_project() if args.demo else args.project, bundled_datapack(), warnings)
    for warning in warnings:
        print(f"kokapp: warning: {warning}", file=sys.stderr)
    return project


def cmd_compare(args: argparse.Namespace) -> int:
    from kokapp.cli_compare import comparison_json, print_comparison, print_sensitivity, sensitivity_json
    from kokapp.cli_ranking import with_ranking_args
    from kokapp.core.datapack import bundled_datapack
    from kokapp.core.engine import Engine
    from kokapp.core.money import money_view

    project = with_ranking_args(_load_project(args), args)
    pack = bundled_datapack()
    engine = Engine(pack)
    comparison = engine.compare(project)
    sensitivity = sensitivity_json(engine, comparison)
    money = money_view(engine, comparison)
    if args.json:
        _print_json(comparison_json(pack, comparison, money, sensitivity))
    else:
        print_comparison(pack, comparison, money)
        print_sensitivity(pack, sensitivity)
    return 0


def cmd_feasibility(args: argparse.Namespace) -> int:
    from kokapp.cli_feasibility import feasibility_json, print_feasibility, run_feasibility
    from kokapp.core.datapack import bundled_datapack

    project = _load_project(args)
    pack = bundled_datapack()
    if args.location and args.location not in project.candidates:
        raise KokError(f"--location: '{args.location}' is not a candidate of this project "
                       f"({', '.join(project.candidates)})")
    detail = bool(args.location)
    if args.state_support:
        from dataclasses import replace

        project = replace(project, feasibility=replace(project.feasibility, state_support=True))
    results, errors = run_feasibility(pack, project, args.location, args.kind, detail)
    if args.json:
        _print_json(feasibility_json(project, results, errors))
    else:
        print_feasibility(pack, project, results, errors, detail)
    return 0


def cmd_origin(args: argparse.Namespace) -> int:
    from kokapp.cli_origin import origin_json, print_origin
    from kokapp.core.datapack import bundled_datapack
    from kokapp.core.engine import Engine

    project = _load_project(args)
    pack = bundled_datapack()
    result = origin_json(pack, Engine(pack), project, args.product, args.location, args.market.upper())
    if args.json:
        _print_json(result)
    else:
        print_origin(pack, result)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kokapp.core.datapack import bundled_datapack
    from kokapp.report.data import gather
    from kokapp.report.errors import ReportError
    from kokapp.report.writer import write_report

    if not args.output.lower().endswith(".xlsx"):
        raise KokError(f"-o: the report is an Excel workbook: give a file name ending in .xlsx, not '{args.output}'")
    project = _load_project(args)
    data = gather(bundled_datapack(), project)
    try:
        path = write_report(data, Path(args.output), args.lang)
    except ReportError as exc:
        reasons = {"locked": "the file is open in Excel or another program: close it or choose another name",
                   "read_only": "the file or its folder is read-only: choose another place",
                   "no_folder": "the folder does not exist",
                   "failed": "it could not be written"}
        raise KokError(f"cannot write {exc.path}: {reasons[exc.reason]}" + (f" ({exc.detail})" if exc.detail else "")) from None
    print(f"Wrote {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kokapp.core.datapack import bundled_datapack
    from kokapp.core.project import Project
    from kokapp.io.project_file import save_project
    from kokapp.io.table_import import import_table

    pack = bundled_datapack()
    sites = pack.table("sites").set_index("site_id")
    if args.origin not in sites.index or sites.loc[args.origin, "kind"] != "tr_hub":
        raise KokError(f"--origin: '{args.origin}' is not a Turkish hub (see kokapp lane --list)")
    result = import_table(Path(args.file), pack)
    report = {
        "file": result.source, "sheet": result.sheet or None, "other_sheets": result.other_sheets,
        "columns": result.columns, "market_columns": result.market_columns,
        "ignored_columns": result.ignored_columns, "rows_read": result.rows_read,
        "products_imported": len(result.products),
        "issues": [{"row": i.row, "field": i.field, "message": i.message, "value": i.value} for i in result.issues],
        "warnings": [{"kind": w.kind, "column": w.column, "value": w.value, "detail": w.detail, "row": w.row,
                      "message": str(w)} for w in result.warnings],
    }
    write = not result.issues or args.keep_valid
    if write:
        used = {market for _, market in result.volumes}
        markets = [m for m in result.market_columns if m in used]
        project = Project(company=args.company or Path(args.file).stem, origin_site=args.origin,
                          products=result.products, markets=markets, volumes=result.volumes, candidates=[])
        save_project(project, Path(args.output), pack)   # refused, not written, if Kök could not open it
    report["written"] = str(args.output) if write else None
    if args.json:
        _print_json(report)
    else:
        sheet = f" (sheet '{result.sheet}')" if result.sheet else ""
        print(f"{result.source}{sheet}: {result.rows_read} row(s) read, {len(result.products)} product(s) valid")
        print("Columns: " + ", ".join(f"{k} ← '{v}'" for k, v in result.columns.items()))
        if result.market_columns:
            print("Markets: " + ", ".join(f"{k} ← '{v}'" for k, v in result.market_columns.items()))
        if result.ignored_columns:
            print("Ignored columns: " + ", ".join(result.ignored_columns))
        for warning in result.warnings:
            print(f"  ⚠ {warning}")
        for issue in result.issues:
            print(f"  ✗ {issue}")
        print(f"Wrote {args.output}" if write else
              "Nothing written: fix the rows above, or use --keep-valid to import only the valid rows.")
    return 0 if not result.issues else 1


def cmd_lane(args: argparse.Namespace) -> int:
    from kokapp.cli_lane import lane_json, print_lane
    from kokapp.core.datapack import bundled_datapack
    from kokapp.core.engine import Engine

    pack = bundled_datapack()
    if args.list:
        sites = pack.table("sites")
        if args.json:
            _print_json(sites[["site_id", "iso2", "name_en", "name_tr", "kind", "suits"]].to_dict("records"))
        else:
            for row in sites.itertuples():
                print(f"{row.site_id:<8} {row.kind:<10} {row.name_en} ({row.iso2}) — {row.suits.replace(';', ', ')}")
        return 0
    if not (args.origin and args.market):
        raise KokError("give FROM and TO (e.g. kokapp lane TR-BUR DE), or --list")
    from kokapp.core.routes import RouteBook, RouteScenario

    scenario = RouteScenario(args.close_crossing or "", args.close_sea or "")
    book = RouteBook.of(pack)
    problem = book.scenario_problem(scenario)
    if problem and problem[0] == "closed_crossing":
        raise KokError(f"--close-crossing: '{scenario.closed_crossing}' {problem[1]}; one of: "
                       + ", ".join(book.scenario_crossings))
    if problem:
        raise KokError(f"--close-sea: '{scenario.sea_closure}' {problem[1]}")
    info = lane_json(pack, Engine(pack), args.origin, args.market, args.hs, scenario)
    if args.json:
        _print_json(info)
    else:
        print_lane(info)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from kokapp.gui.app import run

    return run(getattr(args, "project", None), getattr(args, "demo", False), getattr(args, "quit_after", None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kokapp", description="Kök: where to put down roots abroad.")
    parser.add_argument("--version", action="version", version=f"kokapp {__version__}")
    commands = parser.add_subparsers(dest="command")

    data = commands.add_parser("data", help="the bundled reference data pack")
    data_commands = data.add_subparsers(dest="data_command", required=True)
    sources = data_commands.add_parser("sources", help="list datasets with source, year and licence")
    sources.add_argument("--json", action="store_true", help="machine-readable output")
    sources.add_argument("--data", help="a data pack folder other than the bundled one")
    from kokapp.cli_data import cmd_data_availability, cmd_data_check, cmd_data_sources
    sources.set_defaults(func=cmd_data_sources)

    availability = data_commands.add_parser("availability", help="per market: which figures are downloaded, "
                                            "banded, estimated or missing")
    availability.add_argument("--json", action="store_true", help="machine-readable output")
    availability.add_argument("--data", help="a data pack folder other than the bundled one")
    availability.set_defaults(func=cmd_data_availability)
    check = data_commands.add_parser("check", help="validate the data pack")
    check.add_argument("--data", help="a data pack folder other than the bundled one")
    check.add_argument("--downloads", help="the source checkout whose tools/downloads files are re-hashed "
                       "(default: this checkout, when Kök runs from one)")
    check.set_defaults(func=cmd_data_check)

    gui = commands.add_parser("gui", help="start the desktop app (the default without a command)")
    gui.add_argument("project", nargs="?", help="a .kok project file to open")
    gui.add_argument("--demo", action="store_true", help="open the bundled demo project")
    gui.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # smoke tests of the frozen app
    gui.set_defaults(func=cmd_gui)

    compare = commands.add_parser("compare", help="rank the candidate locations of a project")
    compare.add_argument("project", nargs="?", help="a .kok project file")
    compare.add_argument("--demo", action="store_true", help="use the bundled demo project")
    compare.add_argument("--json", action="store_true", help="machine-readable output")
    from kokapp.cli_ranking import add_ranking_arguments
    add_ranking_arguments(compare)
    compare.set_defaults(func=cmd_compare)

    feasibility = commands.add_parser("feasibility", help="NPV, IRR, payback of a hub, assembly or sales office")
    feasibility.add_argument("project", nargs="?", help="a .kok project file")
    feasibility.add_argument("--demo", action="store_true", help="use the bundled demo project")
    feasibility.add_argument("--location", help="one candidate site id, with cash flows, scenarios and tornado")
    feasibility.add_argument("--kind", choices=["logistics_hub", "assembly", "sales_office"],
                             help="only this set-up type")
    feasibility.add_argument("--json", action="store_true", help="machine-readable output")
    feasibility.add_argument("--state-support", action="store_true",
                             help="count the Ministry of Trade's overseas unit rent support (Decision 5973 Art. 11; "
                                  "transcribed, check it) in the cash flows")
    feasibility.set_defaults(func=cmd_feasibility)

    report = commands.add_parser("report", help="write the Excel feasibility summary")
    report.add_argument("project", nargs="?", help="a .kok project file")
    report.add_argument("--demo", action="store_true", help="use the bundled demo project")
    report.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    report.add_argument("--lang", choices=["tr", "en"], default="tr", help="language of the workbook (default tr)")
    report.set_defaults(func=cmd_report)

    imp = commands.add_parser("import", help="products and volumes from an .xlsx or .csv into a new project")
    imp.add_argument("file", help="the .xlsx or .csv file")
    imp.add_argument("-o", "--output", required=True, help="the .kok project to write")
    imp.add_argument("--origin", default="TR-BUR", help="origin hub site id (default TR-BUR)")
    imp.add_argument("--company", help="company name (default: the file name)")
    imp.add_argument("--keep-valid", action="store_true", help="write the valid rows even if some rows have problems")
    imp.add_argument("--json", action="store_true", help="machine-readable validation report")
    imp.set_defaults(func=cmd_import)

    origin = commands.add_parser("origin", help="does a product made at a location originate there for a market "
                                 "(rule of origin, bill of materials, proof)")
    origin.add_argument("project", nargs="?", help="a .kok project file")
    origin.add_argument("--demo", action="store_true", help="use the bundled demo project")
    origin.add_argument("--product", required=True, help="the product's name in the project")
    origin.add_argument("--location", required=True, help="the site it is made at (e.g. RS-BEG)")
    origin.add_argument("--market", required=True, help="the market's ISO2 code (e.g. DE)")
    origin.add_argument("--json", action="store_true", help="machine-readable output")
    origin.set_defaults(func=cmd_origin)
    lane = commands.add_parser("lane", help="facts of one lane: distances, modes, freight, duty")
    lane.add_argument("origin", nargs="?", metavar="FROM", help="site id (e.g. TR-BUR) or ISO2 country")
    lane.add_argument("market", nargs="?", metavar="TO", help="market ISO2 code (e.g. DE)")
    lane.add_argument("--hs", help="HS code (4+ digits) for the duty")
    lane.add_argument("--list", action="store_true", help="list site ids")
    lane.add_argument("--close-crossing", metavar="ID", help="route round this closed border crossing "
                      "(e.g. TR-BG-KAPIKULE)")
    lane.add_argument("--close-sea", metavar="STRAIT", help="sea routes with bab_el_mandeb or suez closed")
    lane.add_argument("--json", action="store_true", help="machine-readable output")
    lane.set_defaults(func=cmd_lane)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return cmd_gui(args)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into head or less that closed early
        sys.stderr.close()
        return 0
    except KokError as exc:
        print(f"kokapp: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kokapp: {exc}", file=sys.stderr)
        return 2
