"""Many communes: a workspace of plan folders, read in one process for roll-ups and exports."""
