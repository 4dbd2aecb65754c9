// The overlap timing and the live-object count need the whole process to themselves.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
