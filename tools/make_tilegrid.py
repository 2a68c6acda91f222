#!/usr/bin/env python3
"""Writes resources/data/tilegrid.json: a world tile-grid map, one square per country.

Every country of resources/data/gazetteer.json (kind "country") and China itself (kind
"self") gets one cell. Positions start from each country's approximate centre (capital for
small and island countries), warped so that crowded Europe, the Caribbean and the Middle East
get more cells per degree than the oceans; collisions go to the nearest free cell, largest
countries first; then swaps of nearby tiles shrink the total displacement.

The output is deterministic. Checks (exit 1 on failure): every id exists in the gazetteer,
every gazetteer country is placed, no two countries share a cell.

Usage: tools/make_tilegrid.py [--gazetteer PATH] [--out PATH] [--print]
"""

import argparse
import json
import sys
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# id: (latitude, longitude, tier). Tier 1 keeps its place before tier 2, tier 2 before 3.
PLACES = {
    # North America and the Atlantic north
    "CAN": (57.0, -97.0, 1), "USA": (39.0, -95.0, 1), "MEX": (23.6, -102.5, 1),
    "GRL": (72.0, -42.0, 1), "BMU": (32.3, -64.8, 3), "SPM": (46.9, -56.3, 3),
    # Central America
    "GTM": (15.6, -90.3, 2), "BLZ": (17.2, -88.7, 2), "SLV": (13.8, -88.9, 2),
    "HND": (14.8, -86.6, 2), "NIC": (12.9, -85.2, 2), "CRI": (9.9, -84.0, 2),
    "PAN": (8.5, -80.8, 2),
    # Caribbean
    "CUB": (21.8, -79.5, 2), "BHS": (24.5, -77.5, 3), "JAM": (18.1, -77.3, 2),
    "CYM": (19.3, -81.3, 3), "HTI": (19.0, -72.4, 2), "DOM": (18.8, -70.2, 2),
    "TCA": (21.7, -71.8, 3), "PRI": (18.2, -66.5, 3), "VIR": (18.3, -64.9, 3),
    "VGB": (18.4, -64.6, 3), "AIA": (18.2, -63.1, 3), "MAF": (18.07, -63.05, 3),
    "SXM": (18.04, -63.07, 3), "BLM": (17.9, -62.8, 3), "KNA": (17.3, -62.7, 3),
    "ATG": (17.1, -61.8, 3), "MSR": (16.7, -62.2, 3), "GLP": (16.2, -61.6, 3),
    "DMA": (15.4, -61.4, 3), "MTQ": (14.6, -61.0, 3), "LCA": (13.9, -61.0, 3),
    "VCT": (13.25, -61.2, 3), "BRB": (13.2, -59.5, 3), "GRD": (12.1, -61.7, 3),
    "TTO": (10.7, -61.2, 3), "ABW": (12.5, -70.0, 3), "CUW": (12.2, -69.0, 3),
    "BES": (12.2, -68.3, 3),
    # South America
    "COL": (4.0, -73.0, 1), "VEN": (7.0, -66.0, 1), "GUY": (5.0, -58.9, 2),
    "SUR": (4.0, -56.0, 2), "GUF": (4.0, -53.0, 2), "ECU": (-1.5, -78.4, 2),
    "PER": (-9.2, -75.0, 1), "BRA": (-10.0, -52.0, 1), "BOL": (-16.5, -64.5, 1),
    "PRY": (-23.4, -58.4, 2), "CHL": (-33.0, -71.0, 1), "ARG": (-35.0, -65.0, 1),
    "URY": (-32.8, -56.0, 2), "FLK": (-51.8, -59.5, 3), "SGS": (-54.4, -36.6, 3),
    # Northern Europe
    "ISL": (64.9, -18.6, 2), "FRO": (62.0, -6.9, 3), "NOR": (61.0, 9.0, 1),
    "SWE": (62.0, 15.0, 1), "FIN": (63.0, 26.0, 1), "ALA": (60.2, 20.0, 3),
    "SJM": (78.0, 16.0, 3), "DNK": (56.0, 9.5, 2), "EST": (58.7, 25.5, 2),
    "LVA": (56.9, 24.6, 2), "LTU": (55.2, 23.9, 2),
    # Western Europe
    "IRL": (53.2, -8.0, 2), "GBR": (53.5, -2.0, 1), "IMN": (54.2, -4.5, 3),
    "GGY": (49.45, -2.6, 3), "JEY": (49.2, -2.1, 3), "NLD": (52.2, 5.3, 2),
    "BEL": (50.6, 4.5, 2), "LUX": (49.8, 6.1, 3), "FRA": (46.5, 2.5, 1),
    "MCO": (43.7, 7.4, 3), "AND": (42.5, 1.5, 3), "ESP": (40.2, -3.7, 1),
    "PRT": (39.4, -8.2, 2), "GIB": (36.1, -5.35, 3),
    # Central Europe
    "DEU": (51.2, 10.4, 1), "POL": (52.0, 19.1, 1), "CZE": (49.8, 15.5, 2),
    "SVK": (48.7, 19.7, 2), "AUT": (47.5, 14.5, 2), "CHE": (46.8, 8.2, 2),
    "LIE": (47.15, 9.55, 3), "HUN": (47.2, 19.4, 2),
    # Southern and south-eastern Europe
    "ITA": (42.8, 12.5, 1), "SMR": (43.94, 12.46, 3), "VAT": (41.9, 12.45, 3),
    "MLT": (35.9, 14.4, 3), "SVN": (46.1, 14.8, 2), "HRV": (45.3, 15.8, 2),
    "BIH": (44.0, 17.8, 2), "SRB": (44.0, 21.0, 2), "MNE": (42.7, 19.3, 2),
    "ALB": (41.2, 20.0, 2), "MKD": (41.6, 21.7, 2), "GRC": (39.1, 22.0, 2),
    "BGR": (42.7, 25.5, 2), "ROU": (45.9, 25.0, 2), "MDA": (47.0, 28.5, 2),
    "CYP": (35.1, 33.2, 2),
    # Eastern Europe, Russia, Caucasus
    "BLR": (53.7, 28.0, 2), "UKR": (49.0, 31.5, 1), "RUS": (60.0, 48.0, 1),
    "GEO": (42.3, 43.4, 2), "ARM": (40.1, 45.0, 2), "AZE": (40.4, 47.7, 2),
    # Middle East
    "TUR": (39.0, 35.2, 1), "SYR": (35.0, 38.5, 2), "LBN": (33.9, 35.9, 3),
    "ISR": (31.4, 35.0, 2), "PSE": (31.9, 35.2, 3), "JOR": (31.2, 36.5, 2),
    "IRQ": (33.0, 43.7, 1), "IRN": (32.5, 54.0, 1), "KWT": (29.3, 47.6, 3),
    "SAU": (24.0, 45.0, 1), "BHR": (26.0, 50.5, 3), "QAT": (25.3, 51.2, 3),
    "ARE": (24.0, 54.0, 2), "OMN": (21.0, 57.0, 2), "YEM": (15.6, 48.0, 2),
    # North Africa
    "MAR": (31.8, -7.1, 1), "ESH": (24.5, -13.0, 2), "DZA": (28.0, 2.6, 1),
    "TUN": (34.0, 9.5, 2), "LBY": (27.0, 17.0, 1), "EGY": (26.8, 30.8, 1),
    "SDN": (15.5, 30.0, 1),
    # West Africa
    "MRT": (20.3, -10.9, 1), "MLI": (17.6, -4.0, 1), "NER": (17.6, 8.1, 1),
    "TCD": (15.5, 18.7, 1), "SEN": (14.5, -14.5, 2), "GMB": (13.4, -15.4, 2),
    "GNB": (12.0, -15.0, 2), "GIN": (10.4, -10.9, 2), "SLE": (8.5, -11.8, 2),
    "LBR": (6.4, -9.4, 2), "CIV": (7.5, -5.5, 2), "BFA": (12.3, -1.6, 2),
    "GHA": (7.9, -1.0, 2), "TGO": (8.6, 0.8, 2), "BEN": (9.3, 2.3, 2),
    "NGA": (9.1, 8.7, 1), "CPV": (15.1, -23.6, 3), "SHN": (-15.96, -5.7, 3),
    # Central Africa
    "CMR": (5.7, 12.4, 2), "CAF": (6.6, 20.9, 1), "GNQ": (1.6, 10.3, 2),
    "GAB": (-0.8, 11.6, 2), "COG": (-0.7, 15.2, 2), "COD": (-2.9, 23.6, 1),
    "STP": (0.2, 6.6, 3), "AGO": (-12.3, 17.5, 1),
    # East Africa and the Indian Ocean
    "SSD": (7.0, 30.5, 2), "ERI": (15.2, 39.0, 2), "DJI": (11.8, 42.6, 2),
    "ETH": (9.1, 40.5, 1), "SOM": (5.2, 46.2, 1), "KEN": (0.2, 37.9, 1),
    "UGA": (1.4, 32.3, 2), "RWA": (-1.9, 29.9, 2), "BDI": (-3.4, 29.9, 2),
    "TZA": (-6.4, 34.9, 1), "MWI": (-13.3, 34.3, 2), "MOZ": (-18.7, 35.5, 1),
    "MDG": (-19.0, 46.7, 2), "COM": (-11.7, 43.3, 3), "MYT": (-12.8, 45.2, 3),
    "SYC": (-4.7, 55.5, 3), "MUS": (-20.3, 57.6, 3), "REU": (-21.1, 55.5, 3),
    "IOT": (-6.3, 71.9, 3),
    # Southern Africa
    "ZMB": (-13.1, 27.8, 2), "ZWE": (-19.0, 29.9, 2), "NAM": (-22.6, 17.1, 2),
    "BWA": (-22.3, 24.7, 2), "ZAF": (-30.0, 25.0, 1), "LSO": (-29.6, 28.2, 2),
    "SWZ": (-26.5, 31.5, 3),
    # Central and South Asia
    "KAZ": (48.0, 67.0, 1), "UZB": (41.4, 64.6, 2), "TKM": (39.0, 59.6, 2),
    "KGZ": (41.2, 74.8, 2), "TJK": (38.9, 71.3, 2), "AFG": (33.9, 67.7, 1),
    "PAK": (30.4, 69.3, 1), "IND": (22.0, 79.0, 1), "NPL": (28.4, 84.1, 2),
    "BTN": (27.5, 90.4, 2), "BGD": (23.7, 90.4, 1), "LKA": (7.9, 80.7, 2),
    "MDV": (3.2, 73.2, 3),
    # East Asia
    "CHN": (35.0, 103.0, 1), "MNG": (46.9, 103.8, 1), "PRK": (40.3, 127.5, 2),
    "KOR": (36.5, 127.8, 2), "JPN": (36.5, 138.5, 1), "TWN": (23.7, 121.0, 3),
    "HKG": (22.3, 114.2, 3), "MAC": (22.2, 113.5, 3),
    # South-east Asia
    "MMR": (21.0, 96.0, 1), "THA": (15.5, 101.0, 1), "LAO": (19.0, 102.5, 2),
    "VNM": (16.0, 106.5, 2), "KHM": (12.6, 104.9, 2), "MYS": (4.2, 102.0, 2),
    "SGP": (1.35, 103.8, 3), "BRN": (4.5, 114.7, 3), "PHL": (12.9, 121.8, 2),
    "IDN": (-2.5, 118.0, 1), "TLS": (-8.9, 125.7, 3), "CXR": (-10.5, 105.7, 3),
    "CCK": (-12.2, 96.9, 3),
    # Oceania
    "AUS": (-25.0, 134.0, 1), "NZL": (-41.0, 174.0, 2), "PNG": (-6.3, 144.0, 2),
    "SLB": (-9.6, 160.2, 3), "VUT": (-15.4, 166.9, 3), "NCL": (-21.3, 165.6, 3),
    "FJI": (-17.8, 178.0, 2), "NFK": (-29.0, 168.0, 3), "PLW": (7.5, 134.6, 3),
    "GUM": (13.4, 144.8, 3), "MNP": (15.2, 145.7, 3), "FSM": (6.9, 158.2, 3),
    "MHL": (7.1, 171.2, 3), "NRU": (-0.5, 166.9, 3), "KIR": (1.4, 173.0, 3),
    "UMI": (19.3, 166.6, 3), "TUV": (-8.5, 179.2, 3), "WLF": (-13.8, -177.2, 3),
    "WSM": (-13.8, -172.1, 3), "ASM": (-14.3, -170.7, 3), "TKL": (-9.2, -171.8, 3),
    "TON": (-21.2, -175.2, 3), "NIU": (-19.05, -169.9, 3), "COK": (-21.2, -159.8, 3),
    "PYF": (-17.7, -149.4, 3), "PCN": (-25.1, -130.1, 3),
    # Southern oceans and Antarctica
    "ATF": (-49.3, 69.2, 3), "HMD": (-53.1, 73.5, 3), "BVT": (-54.4, 3.4, 3),
    "ATA": (-66.0, 10.0, 3),
}

# Piecewise-linear warps: (degrees, grid position). More grid per degree where countries are
# dense (Europe, the Caribbean, the Gulf), less over the oceans.
LON_KNOTS = [(-125, 0), (-100, 1.5), (-85, 4), (-75, 6), (-60, 8.5), (-40, 10), (-20, 11.5),
             (-10, 12.5), (0, 14), (10, 16), (20, 18), (30, 20), (40, 21.5), (50, 23),
             (60, 24.5), (75, 26), (90, 27.5), (105, 29), (120, 31), (140, 33), (160, 35),
             (180, 37), (200, 38.5), (235, 40)]
LAT_KNOTS = [(80, 0), (65, 1.5), (55, 3.7), (45, 6), (35, 8.5), (25, 10.5), (15, 12.5),
             (5, 14.5), (-5, 16.5), (-15, 18), (-25, 19.5), (-35, 21), (-45, 22),
             (-55, 23.5), (-80, 25)]

TIER_WEIGHT = {1: 4.0, 2: 2.0, 3: 1.0}


def interpolate(knots, x):
    xs = [k[0] for k in knots]
    if x <= xs[0]:
        return knots[0][1]
    if x >= xs[-1]:
        return knots[-1][1]
    i = bisect_right(xs, x) - 1
    (x0, y0), (x1, y1) = knots[i], knots[i + 1]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def seed(lat, lon):
    # The South Pacific east of the date line sits right of Australia, not left of America.
    if lon < -125 and lat < 30:
        lon += 360
    lat_knots = [(-a, b) for a, b in LAT_KNOTS]  # ascending for interpolate()
    return interpolate(lat_knots, -lat), interpolate(LON_KNOTS, lon)


def place(places):
    seeds = {i: seed(lat, lon) for i, (lat, lon, _) in places.items()}
    weight = {i: TIER_WEIGHT[t] for i, (_, _, t) in places.items()}
    cell_of, taken = {}, {}
    order = sorted(places, key=lambda i: (places[i][2], i))
    for i in order:
        r0, c0 = seeds[i]
        best = None
        for radius in range(0, 20):
            for r in range(int(r0) - radius, int(r0) + radius + 2):
                for c in range(int(c0) - radius, int(c0) + radius + 2):
                    if (r, c) in taken:
                        continue
                    d = (r - r0) ** 2 + (c - c0) ** 2
                    if best is None or (d, r, c) < best[0]:
                        best = ((d, r, c), (r, c))
            if best is not None:
                break
        cell_of[i] = best[1]
        taken[best[1]] = i

    def cost(i, cell):
        r0, c0 = seeds[i]
        return weight[i] * ((cell[0] - r0) ** 2 + (cell[1] - c0) ** 2)

    # Swap nearby tiles (or move one into a free neighbouring cell) while that lowers the
    # weighted displacement; greedy placement alone leaves early tiles sitting on late ones'
    # spots.
    improved = True
    while improved:
        improved = False
        for i in order:
            r, c = cell_of[i]
            for dr in range(-2, 3):
                for dc in range(-2, 3):
                    other = (r + dr, c + dc)
                    j = taken.get(other)
                    here = cell_of[i]
                    if j is None:
                        if cost(i, other) + 1e-9 < cost(i, here):
                            del taken[here]
                            taken[other] = i
                            cell_of[i] = other
                            improved = True
                    elif j != i:
                        before = cost(i, here) + cost(j, other)
                        after = cost(i, other) + cost(j, here)
                        if after + 1e-9 < before:
                            cell_of[i], cell_of[j] = other, here
                            taken[other], taken[here] = i, j
                            improved = True
                    r, c = cell_of[i]
    return cell_of


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gazetteer", default=str(ROOT / "resources/data/gazetteer.json"))
    ap.add_argument("--out", default=str(ROOT / "resources/data/tilegrid.json"))
    ap.add_argument("--print", action="store_true", help="draw the grid on stdout")
    args = ap.parse_args()

    entities = json.load(open(args.gazetteer, encoding="utf-8"))["entities"]
    kinds = {e["id"]: e["kind"] for e in entities}
    wanted = {i for i, k in kinds.items() if k in ("country", "self")}
    errors = [f"{i}: not in the gazetteer" for i in PLACES if i not in kinds]
    errors += [f"{i}: kind {kinds[i]}, not a country" for i in PLACES if i in kinds and i not in wanted]
    errors += [f"{i}: gazetteer country without a place" for i in sorted(wanted - set(PLACES))]

    cells = place(PLACES)
    if len(set(cells.values())) != len(cells):
        errors.append("two countries share a cell")
    min_r = min(r for r, _ in cells.values())
    min_c = min(c for _, c in cells.values())
    cells = {i: (r - min_r, c - min_c) for i, (r, c) in cells.items()}
    rows = max(r for r, _ in cells.values()) + 1
    cols = max(c for _, c in cells.values()) + 1
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    ordered = sorted(cells.items(), key=lambda kv: (kv[1], kv[0]))
    lines = [f'    {{"id": "{i}", "row": {r}, "col": {c}}}' for i, (r, c) in ordered]
    text = ('{\n  "version": 1,\n'
            '  "about": "World tile-grid map: one cell per country, roughly where it lies. '
            'Generated by tools/make_tilegrid.py; edit the table there, not this file.",\n'
            f'  "rows": {rows},\n  "cols": {cols},\n  "cells": [\n' + ",\n".join(lines) + "\n  ]\n}\n")
    Path(args.out).write_text(text, encoding="utf-8")
    if args.print:
        grid = [["   "] * cols for _ in range(rows)]
        for i, (r, c) in cells.items():
            grid[r][c] = i
        print("\n".join(" ".join(row) for row in grid))
    print(f"{len(cells)} countries on {rows} x {cols} cells -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
