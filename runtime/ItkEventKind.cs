namespace ItkBindGen.Runtime;

/// <summary>The ITK events an observer can watch; the values the shim's <c>AddObserver</c> takes.</summary>
public enum ItkEventKind
{
    /// <summary><c>itk::AnyEvent</c>: every event.</summary>
    Any = 0,

    /// <summary><c>itk::StartEvent</c>: a process object starts updating.</summary>
    Start = 1,

    /// <summary><c>itk::EndEvent</c>: a process object finished updating.</summary>
    End = 2,

    /// <summary><c>itk::ProgressEvent</c>: progress changed.</summary>
    Progress = 3,

    /// <summary><c>itk::AbortEvent</c>: a process object was aborted.</summary>
    Abort = 4,

    /// <summary><c>itk::ModifiedEvent</c>: the object was modified.</summary>
    Modified = 5,

    /// <summary><c>itk::IterationEvent</c>: an optimizer or iterative filter finished an iteration.</summary>
    Iteration = 6,
}
