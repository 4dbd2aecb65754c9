namespace FilterService.Backend;

/// <summary>Where one attempt of a run went: the silo's address (unique per silo process), its name, and the attempt number from 1.</summary>
public sealed record RunPlacement(string Silo, string SiloName, int Attempt);
