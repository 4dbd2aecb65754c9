namespace FilterService.Backend;

/// <summary>Hears where a run goes and how far it is: progress 0 to 1, starting again from 0 at each new placement.</summary>
public interface IRunObserver : IProgress<double>
{
    /// <summary>The run starts (again) on a silo: an attempt of the cluster's at-least-once execution.</summary>
    void Placed(RunPlacement placement);
}
