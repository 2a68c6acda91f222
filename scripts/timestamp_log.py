#!/usr/bin/env python3
"""Runs a command and prints each of its cpe.* log lines with the seconds since it started.

Used by BENCHMARKS.md to time the explorer's stages from outside the process, e.g.
  QT_LOGGING_RULES="cpe.session.info=true" scripts/timestamp_log.py build/app/gui/climate-explorer ...
"""
import subprocess
import sys
import time

start = time.monotonic()
child = subprocess.Popen(sys.argv[1:], stderr=subprocess.PIPE, text=True)
for line in child.stderr:
    if line.startswith("cpe."):
        print(f"{time.monotonic() - start:6.2f}  {line.rstrip()}")
child.wait()
print(f"{time.monotonic() - start:6.2f}  exit {child.returncode}")
sys.exit(child.returncode)
