#!/usr/bin/env python3
"""Every public symbol declared in Sources/ of the six libraries has a doc comment (`///`).

Reads the symbol graphs that `swift package generate-documentation` leaves in
.build/<platform>/extracted-symbols/<package>/<Library>/, so run that first (Scripts/test does).
Prints each symbol without one as `Sources/…/File.swift:LINE: Type.member has no doc comment` and
exits 1; exits 1 too when a library has no symbol graph, so the check never passes by finding
nothing; exits 0 otherwise.
"""
import glob
import json
import os
import sys
from urllib.parse import unquote, urlparse

LIBRARIES = ["Documents", "PlainLanguage", "SessionPlanning", "SpeakingTurns", "SessionStore", "Workflows"]
ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SOURCES = os.path.join(ROOT, "Sources") + os.sep


def source_path(symbol):
    """The file the symbol is declared in, when it is one of ours; None for symbols the compiler
    made (such as `!=`) and for those declared elsewhere."""
    uri = symbol.get("location", {}).get("uri", "")
    if not uri.startswith("file://"):
        return None
    path = os.path.realpath(unquote(urlparse(uri).path))
    return path if path.startswith(SOURCES) else None


def graphs(library):
    """The symbol graphs of `library` made from this checkout: a .build copied from another
    checkout keeps that one's graphs too, in a folder named after it, pointing at its sources."""
    folders = {os.path.realpath(folder) for folder in
               glob.glob(os.path.join(ROOT, ".build", "*", "extracted-symbols", "*", library))}
    found = []
    for folder in sorted(folders):
        files = sorted(glob.glob(os.path.join(folder, "*.symbols.json")))
        loaded = []
        for name in files:
            with open(name, encoding="utf-8") as file:
                loaded.append(json.load(file))
        if any(source_path(symbol) for graph in loaded for symbol in graph.get("symbols", [])):
            found += loaded
    return found


def main():
    gaps = set()
    missing = []
    for library in LIBRARIES:
        found = graphs(library)
        if not found:
            missing.append(library)
        for graph in found:
            for symbol in graph.get("symbols", []):
                path = source_path(symbol)
                if symbol.get("accessLevel") != "public" or path is None or "docComment" in symbol:
                    continue
                line = symbol["location"]["position"]["line"] + 1
                name = ".".join(symbol.get("pathComponents", [])) or symbol.get("names", {}).get("title", "?")
                if symbol.get("kind", {}).get("identifier") == "swift.extension":
                    name = "extension " + name
                gaps.add((os.path.relpath(path, ROOT), line, name))
    for library in missing:
        print(f"No symbol graph for {library} from this checkout under .build/*/extracted-symbols/: "
              f"run 'swift package generate-documentation --target {library}' first.", file=sys.stderr)
    for path, line, name in sorted(gaps):
        print(f"{path}:{line}: {name} has no doc comment")
    if gaps:
        print(f"{len(gaps)} public symbol{'s' if len(gaps) != 1 else ''} without a doc comment: "
              "say in a /// comment what each is for, or make it package or internal if no Swift "
              "program outside Roundtable needs it.", file=sys.stderr)
    return 1 if gaps or missing else 0


if __name__ == "__main__":
    sys.exit(main())
