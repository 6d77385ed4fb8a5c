"""python3 -m eval.sets build [SET ...] | selfscore [SET ...] [--alts] [--scorer PATH]

Run from the project root. SET names a folder of `eval/` (test, test2 … test8); none: all.
"""

import argparse
import sys

from eval.sets import SETS
from eval.sets.build import build
from eval.sets.selfscore import DEFAULT_SCORER, selfscore


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m eval.sets",
                                     description="The annotated test sets' build and self-score.")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="write <set>-fiches.txt, <set>-gold.json; check")
    score_cmd = commands.add_parser("selfscore", help="score the gold against itself")
    score_cmd.add_argument("--alts", action="store_true", help="re-score once per alt name too")
    score_cmd.add_argument("--scorer", default=DEFAULT_SCORER, help="path of score.py")
    for command in (build_cmd, score_cmd):
        command.add_argument("sets", nargs="*", metavar="SET", help=f"one of {', '.join(SETS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}: choose from {', '.join(SETS)}")
    failed = 0
    for name in args.sets or list(SETS):
        if args.command == "build":
            failed |= build(SETS[name])
        else:
            if len(args.sets) != 1:
                print(f"== {name}")
            failed |= selfscore(SETS[name], args.scorer, args.alts)
    return failed


if __name__ == "__main__":
    sys.exit(main())
