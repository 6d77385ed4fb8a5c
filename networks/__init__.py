"""Networks projected from the graph (`project`), with metrics, written as pages or files."""
