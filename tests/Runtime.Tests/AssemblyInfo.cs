// The binding lock and its provider are process-wide, so tests that hold or swap them must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
