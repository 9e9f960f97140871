using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage.Audit;

/// <summary>
/// How audit entries are chained: each entry's hash is SHA-256 over its sequence, time, actor, agency, action, target,
/// detail and the previous entry's hash, each field written as its UTF-8 length and bytes so that no two different
/// entries encode alike. Changing, removing or moving any entry therefore changes a hash that the next one holds.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry: 64 zeros.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The hash of an entry with these fields.</summary>
    /// <param name="sequence">Its place in the log.</param>
    /// <param name="entry">What it records.</param>
    /// <param name="previousHash">The previous entry's hash.</param>
    /// <returns>Lower-case hex SHA-256.</returns>
    public static string Hash(long sequence, NewAuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(sequence, entry.Time, entry.Actor, entry.Agency, entry.Action, entry.Target, entry.Detail, previousHash);
    }

    /// <summary>The hash a stored entry should have, from its own fields.</summary>
    /// <param name="entry">The stored entry.</param>
    /// <returns>Lower-case hex SHA-256.</returns>
    public static string Hash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(entry.Sequence, entry.Time, entry.Actor, entry.Agency, entry.Action, entry.Target, entry.Detail, entry.PreviousHash);
    }

    internal static DateTimeOffset ToMicroseconds(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMicrosecond));

    private static string Hash(long sequence, DateTimeOffset time, string actor, string agency, string action, string target, string detail,
        string previousHash)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        using var buffer = new MemoryStream();
        Write(buffer, sequence.ToString(CultureInfo.InvariantCulture));
        Write(buffer, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Write(buffer, actor);
        Write(buffer, agency);
        Write(buffer, action);
        Write(buffer, target);
        Write(buffer, detail);
        Write(buffer, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Write(MemoryStream buffer, string field)
    {
        var bytes = Encoding.UTF8.GetBytes(field);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
