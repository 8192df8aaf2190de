"""Executes a notebook headless (nbclient) and fails when a cell fails.

    run_notebook.py NOTEBOOK

The committed notebook must have its outputs stripped (checked first); it runs
in its own folder with the kernel of this interpreter, so PYTHONPATH must
reach the cartelgraph package (ctest sets PYTHONPATH=<build>/python).
"""

import pathlib
import sys

import nbformat
from nbclient import NotebookClient


def main() -> int:
    path = pathlib.Path(sys.argv[1]).resolve()
    notebook = nbformat.read(path, as_version=4)
    with_outputs = [i for i, cell in enumerate(notebook.cells)
                    if cell.cell_type == "code" and (cell.outputs or cell.execution_count)]
    if with_outputs:
        print(f"{path}: cells {with_outputs} have outputs; strip them before committing "
              f"(jupyter nbconvert --clear-output --inplace {path.name})")
        return 1
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    print(f"{path.name}: {len(notebook.cells)} cells ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
