#!/usr/bin/env python3
"""Checks every #include under core/ and ui/ against the dependency table of DESIGN.md.

Includes point one way. An area may include itself, `common`, and (transitively) every area its table row
names. Core must never include a Qt Gui, Widgets or Charts header: the same engine runs headless.
Exit status 1 and one line per violation (file:line: what and why) when the layering is broken.
"""
import glob
import os
import re
import sys

# DESIGN.md "Includes point one way". venues/<x> may also use the venue interfaces at venues/*.h.
DIRECT = {
    "common": set(),
    "crypto": {"common"},
    "config": {"common"},
    "net": {"common"},
    "market": {"common"},
    "credentials": {"crypto"},
    "venues": {"market", "net", "crypto", "credentials"},     # venues/*.h: the interfaces
    "venue-impl": {"venues", "market", "net", "crypto", "credentials"},  # venues/kalshi, venues/polymarket
    "sim": {"common", "crypto"},
    "matching": {"market"},
    "arbitrage": {"matching"},
    "portfolio": {"market"},
    "risk": {"portfolio", "arbitrage"},
    "execution": {"risk", "portfolio", "venues"},
    "storage": {"execution"},
    "alerts": {"execution", "config"},
}
CORE_AREAS = set(DIRECT) - {"venue-impl"}
DIRECT["engine"] = CORE_AREAS | {"venue-impl", "config", "storage", "alerts"}
# The dashboard talks to the engine and reads value types; it never reaches venues, sockets, keys or SQL.
# venues/*.h are the interfaces and their value types (order and fill reports), which the order panels show.
DIRECT["ui"] = {"engine", "config", "market", "matching", "arbitrage", "portfolio", "risk", "execution", "venues"}
UI_FORBIDDEN = {"net", "venue-impl", "sim", "crypto", "storage"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def closure(area):
    seen, todo = set(), [area]
    while todo:
        for dep in DIRECT.get(todo.pop(), set()) | {"common"}:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen | {area}


def area_of_core_path(rel):
    """rel is a path below core/, e.g. 'venues/kalshi/KalshiParser.h'."""
    parts = rel.split("/")
    if parts[0] == "venues" and len(parts) > 2:
        return "sim" if parts[1] == "sim" else "venue-impl"
    return parts[0]


def qt_gui_headers():
    names = set()
    for module in ("QtWidgets", "QtGui", "QtCharts", "QtOpenGL", "QtOpenGLWidgets", "QtPrintSupport"):
        for d in glob.glob(f"/usr/include/*/qt6/{module}") + glob.glob(f"/usr/include/qt6/{module}"):
            names.update(n for n in os.listdir(d) if not n.endswith(".h") or n.startswith("q"))
        names.add(module)
    names.update({"QApplication", "QWidget", "QGuiApplication", "QMainWindow", "QColor", "QPixmap", "QIcon"})
    return names


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    core = os.path.join(root, "core")
    gui_headers = qt_gui_headers()
    problems = []
    for top in ("core", "ui"):
        for path in glob.glob(os.path.join(root, top, "**", "*.*"), recursive=True):
            if not path.endswith((".h", ".cpp", ".hpp")):
                continue
            rel = os.path.relpath(path, os.path.join(root, top))
            area = area_of_core_path(rel) if top == "core" else "ui"
            allowed = closure(area)
            with open(path, encoding="utf-8", errors="replace") as f:
                for lineno, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    kind, target = m.groups()
                    where = f"{top}/{rel}:{lineno}"
                    if kind == "<":
                        base = target.split("/")[0]
                        if top == "core" and (base in gui_headers or target in gui_headers):
                            problems.append(f"{where}: core includes the GUI header <{target}>; core runs headless")
                        continue
                    local = os.path.join(os.path.dirname(path), target)
                    if os.path.exists(local) and not target.startswith(".."):
                        continue  # same folder
                    if not os.path.exists(os.path.join(core, target)):
                        if top == "core" and target.startswith("ui/"):
                            problems.append(f"{where}: core includes ui ({target})")
                        continue  # generated or third-party header
                    dep = area_of_core_path(target)
                    if top == "ui" and dep in UI_FORBIDDEN:
                        problems.append(f"{where}: ui includes {target} ({dep}); the dashboard goes through the engine")
                    elif dep not in allowed:
                        problems.append(f"{where}: {area} may not include {target} ({dep}); see DESIGN.md layering")
    for p in problems:
        print(p)
    print(f"layering: {len(problems)} violation(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
