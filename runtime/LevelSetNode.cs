namespace ItkBindGen.Runtime;

/// <summary>
/// A node of ITK's level-set fronts (<c>itk::LevelSetNode</c>): a pixel index and its value, e.g. a fast-marching
/// seed and its arrival time. The generated bindings take and give lists of them for <c>NodeContainer</c>s.
/// </summary>
/// <param name="Index">The pixel index, x first; as many values as the image has dimensions.</param>
/// <param name="Value">The node's value.</param>
public readonly record struct LevelSetNode(long[] Index, double Value);
