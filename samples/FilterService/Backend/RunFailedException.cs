namespace FilterService.Backend;

/// <summary>A run that could not be completed for a reason outside the input (for example every attempt's silo was lost); the message is for the user.</summary>
public sealed class RunFailedException(string message, Exception? innerException = null) : Exception(message, innerException);
