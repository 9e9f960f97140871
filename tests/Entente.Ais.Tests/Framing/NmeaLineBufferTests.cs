using System.Text;
using Entente.Ais.Framing;

namespace Entente.Ais.Tests.Framing;

public sealed class NmeaLineBufferTests
{
    /// <summary>Feeds the chunks one by one, then ends the input; returns what came out, in order.</summary>
    private static List<(NmeaLineStatus Status, string Text)> Read(NmeaLineBuffer buffer, params string[] chunks)
    {
        var results = new List<(NmeaLineStatus, string)>();
        foreach (var chunk in chunks)
        {
            var bytes = Encoding.ASCII.GetBytes(chunk);
            var offset = 0;
            while (offset < bytes.Length)
            {
                var memory = buffer.GetWriteMemory();
                var count = Math.Min(memory.Length, bytes.Length - offset);
                bytes.AsSpan(offset, count).CopyTo(memory.Span);
                buffer.Advance(count);
                offset += count;
                Drain(buffer, results);
            }
        }

        var status = buffer.ReadRest(out var rest);
        if (status != NmeaLineStatus.NeedMoreData)
        {
            results.Add((status, Encoding.ASCII.GetString(rest)));
        }

        return results;
    }

    private static void Drain(NmeaLineBuffer buffer, List<(NmeaLineStatus, string)> results)
    {
        while (true)
        {
            var status = buffer.ReadLine(out var line);
            if (status == NmeaLineStatus.NeedMoreData)
            {
                return;
            }

            results.Add((status, Encoding.ASCII.GetString(line)));
        }
    }

    [Fact]
    public void ReadLine_LfCrLfAndBareCr_AllEndLines()
    {
        var lines = Read(new NmeaLineBuffer(), "a\nb\r\nc\rd\n");
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.Equal(NmeaLineStatus.Line, l.Status));
    }

    [Fact]
    public void ReadLine_CrAndLfInSeparateReads_EndOneLine()
    {
        var lines = Read(new NmeaLineBuffer(), "first\r", "\nsecond\n");
        Assert.Equal(["first", "second"], lines.Select(l => l.Text));
    }

    [Fact]
    public void ReadLine_LineAcrossReads_IsJoined()
    {
        var lines = Read(new NmeaLineBuffer(), "!AIVDM,1,1,,A,15RT", "gt0PAso;90TKcjM8h6g208CQ,0*4A\n");
        Assert.Equal(["!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"], lines.Select(l => l.Text));
    }

    [Fact]
    public void ReadRest_LastLineWithoutNewline_IsALine()
    {
        var lines = Read(new NmeaLineBuffer(), "one\ntwo");
        Assert.Equal([(NmeaLineStatus.Line, "one"), (NmeaLineStatus.Line, "two")], lines);
    }

    [Fact]
    public void ReadRest_AfterFinalNewline_GivesNothing()
    {
        var buffer = new NmeaLineBuffer();
        Assert.Equal(["one"], Read(buffer, "one\n").Select(l => l.Text));
        Assert.False(buffer.HasPartialLine);
    }

    [Fact]
    public void ReadLine_OverLongLineInOneRead_IsReportedOnceWithItsStartAndSkipped()
    {
        var buffer = new NmeaLineBuffer(maxLineBytes: 16, capacityBytes: 64);
        var lines = Read(buffer, "ok\n" + new string('x', 40) + "\nafter\n");
        Assert.Equal([(NmeaLineStatus.Line, "ok"), (NmeaLineStatus.LineTooLong, new string('x', 16)), (NmeaLineStatus.Line, "after")], lines);
    }

    [Fact]
    public void ReadLine_EndlessLine_IsReportedOnceAndNeverBufferedBeyondTheCapacity()
    {
        // 10,000 bytes without a newline through a 64-byte buffer: one report, then resync at the newline.
        var buffer = new NmeaLineBuffer(maxLineBytes: 16, capacityBytes: 64);
        var chunks = Enumerable.Repeat(new string('y', 100), 100).Append("\nnext\n").ToArray();
        var lines = Read(buffer, chunks);
        Assert.Equal([(NmeaLineStatus.LineTooLong, new string('y', 16)), (NmeaLineStatus.Line, "next")], lines);
    }

    [Fact]
    public void ReadRest_OverLongUnfinishedLine_IsTooLong()
    {
        var buffer = new NmeaLineBuffer(maxLineBytes: 16, capacityBytes: 64);
        var lines = Read(buffer, "short\n" + new string('z', 20));
        Assert.Equal([(NmeaLineStatus.Line, "short"), (NmeaLineStatus.LineTooLong, new string('z', 16))], lines);
    }

    [Fact]
    public void ReadLine_LineOfExactlyTheLimit_IsAccepted()
    {
        var buffer = new NmeaLineBuffer(maxLineBytes: 16, capacityBytes: 32);
        var line = new string('q', 16);
        var lines = Read(buffer, line + "\n" + line + "\n" + line);
        Assert.Equal([line, line, line], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.Equal(NmeaLineStatus.Line, l.Status));
    }

    [Fact]
    public void GetWriteMemory_ManySmallLinesThroughASmallBuffer_KeepsEveryLine()
    {
        var buffer = new NmeaLineBuffer(maxLineBytes: 16, capacityBytes: 32);
        var expected = Enumerable.Range(0, 500).Select(i => "line" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var lines = Read(buffer, string.Join("\r\n", expected));
        Assert.Equal(expected, lines.Select(l => l.Text));
    }

    [Fact]
    public void Constructor_CapacityBelowTwiceTheLimit_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NmeaLineBuffer(maxLineBytes: 100, capacityBytes: 150));
    }
}
