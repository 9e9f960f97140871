namespace Entente.Ais.Reassembly;

/// <summary>
/// What ties fragments together: the tag-block group id when there is one; otherwise the source, channel and
/// sequential message id. The fragment count is part of the key, so a fragment with a different count never joins.
/// </summary>
internal readonly record struct GroupKey(int Count, int TagGroupId, string? Source, byte Channel, int SequenceId);
