// The overlap timing needs the whole process to itself.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
