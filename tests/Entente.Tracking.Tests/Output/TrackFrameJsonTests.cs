using System.Text;
using Entente.Core.Positions;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Output;

public sealed class TrackFrameJsonTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 19, 2, 30, 250, TimeSpan.Zero);

    private const string Boat =
        """{"id":12,"lat":50.9123457,"lon":1.6012345,"sog_kn":5.81,"cog_deg":312.5,"sigma_m":24.3,"class":"small-boat","class_conf":0.93,"status":"confirmed","people":48}""";

    private const string FerryJson =
        """{"id":3,"lat":51,"lon":1.45,"sog_kn":18.2,"cog_deg":0,"sigma_m":10,"class":"vessel-ais","class_conf":1,"status":"coasting","mmsi":232000001,"name":"Seeker"}""";

    private static TrackReport SmallBoat(long id = 12) =>
        new(id, GeoPosition.FromDegrees(50.91234567, 1.60123449), 5.8149, 312.5, 24.34, TrackClass.SmallBoat, 0.9301, TrackStatus.Confirmed, people: 48);

    private static TrackReport Ferry() =>
        new(3, GeoPosition.FromDegrees(51.0, 1.45), 18.2, 0.0, 10, TrackClass.VesselWithAis, 1, TrackStatus.Coasting, 232000001, "Seeker");

    private static bool Parse(string line, out TrackFrame? frame, out string? error) =>
        TrackFrameJson.TryParse(Encoding.UTF8.GetBytes(line), out frame, out error);

    [Fact]
    public void Write_FixedFieldOrderAndRounding_OptionalFieldsLeftOut()
    {
        var line = TrackFrameJson.Write(new TrackFrame(Time, [SmallBoat(), Ferry()]));

        Assert.Equal("""{"time":"2026-11-21T19:02:30.250Z","tracks":[""" + Boat + "," + FerryJson + "]}", line);
        Assert.DoesNotContain("null", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyFrame_HasAnEmptyArray()
    {
        Assert.Equal("""{"time":"2026-11-21T19:02:30.250Z","tracks":[]}""", TrackFrameJson.Write(new TrackFrame(Time, [])));
    }

    [Fact]
    public void Write_CourseThatRoundsTo360_IsWrittenAsZero()
    {
        var report = new TrackReport(1, GeoPosition.FromDegrees(51, 1.5), 3, 359.997, 5, TrackClass.Unknown, 0.5, TrackStatus.Tentative);

        var line = TrackFrameJson.Write(new TrackFrame(Time, [report]));

        Assert.Contains("\"cog_deg\":0,", line, StringComparison.Ordinal);
        Assert.True(Parse(line, out _, out var error), error);
    }

    [Fact]
    public void TryParse_WhatWriteWrote_GivesTheSameFrameAndBytes()
    {
        var line = TrackFrameJson.Write(new TrackFrame(Time, [SmallBoat(), Ferry()]));

        Assert.True(Parse(line, out var frame, out var error), error);
        Assert.Null(error);
        Assert.Equal(Time, frame!.Time);
        Assert.Equal(2, frame.Tracks.Count);
        var boat = frame.Tracks[0];
        Assert.Equal(12, boat.Id);
        Assert.Equal(50.9123457, boat.Position.LatitudeDegrees);
        Assert.Equal(1.6012345, boat.Position.LongitudeDegrees);
        Assert.Equal(5.81, boat.SpeedKnots);
        Assert.Equal(312.5, boat.CourseDegrees);
        Assert.Equal(24.3, boat.SigmaMetres);
        Assert.Equal(TrackClass.SmallBoat, boat.Class);
        Assert.Equal(0.93, boat.ClassConfidence);
        Assert.Equal(TrackStatus.Confirmed, boat.Status);
        Assert.Null(boat.Mmsi);
        Assert.Null(boat.Name);
        Assert.Equal(48, boat.People);
        Assert.Equal(new TrackReport(3, GeoPosition.FromDegrees(51.0, 1.45), 18.2, 0.0, 10, TrackClass.VesselWithAis, 1, TrackStatus.Coasting, 232000001, "Seeker"),
            frame.Tracks[1]);
        Assert.Equal(line, TrackFrameJson.Write(frame));
    }

    [Theory]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[""", "Not a JSON object")]
    [InlineData("""[1,2]""", "must be a JSON object")]
    [InlineData("""{"tracks":[]}""", "'time' is missing")]
    [InlineData("""{"time":"yesterday","tracks":[]}""", "'time' is missing or is not an ISO 8601 time")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z"}""", "'tracks' is missing")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[7]}""", "tracks[0] is not a JSON object")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "tracks[0]: 'id' is missing")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1.5,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'id' is missing or is not a non-negative whole number")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "tracks[0]: 'sog_kn' is missing or is not a number")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":"51","lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'lat' is missing or is not a number")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":91,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'lat' is out of range")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":181,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'lon' is out of range")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":-1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'sog_kn' cannot be negative")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":360,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'cog_deg' is out of range")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":-2,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "'sigma_m' cannot be negative")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":1.01,"status":"confirmed"}]}""", "'class_conf' is out of range")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"ship","class_conf":0.5,"status":"confirmed"}]}""", "'class' must be unknown, vessel-ais or small-boat")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"deleted"}]}""", "'status' must be tentative, confirmed or coasting")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed","mmsi":null}]}""", "'mmsi', when present, must be a whole number from 1 to 999999999")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed","mmsi":0}]}""", "'mmsi', when present")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed","people":-3}]}""", "'people', when present, must be a whole number from 0")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed","name":" "}]}""", "'name', when present, must be text that is not blank")]
    [InlineData("""{"time":"2026-11-21T19:02:30.000Z","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"},{"id":1,"lat":51,"lon":1.6,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"unknown","class_conf":0.5,"status":"confirmed"}]}""", "tracks[1]: track id 1 appears twice")]
    public void TryParse_InvalidLine_IsRejectedWithOneSentence(string line, string expected)
    {
        Assert.False(Parse(line, out var frame, out var error));
        Assert.Null(frame);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void TrackReport_RejectsValuesOutOfRange()
    {
        var at = GeoPosition.FromDegrees(51, 1.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(-1, at, 1, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, double.NaN, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 360, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, double.PositiveInfinity, TrackClass.Unknown, 0.5, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, 1, (TrackClass)7, 0.5, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, 1, TrackClass.Unknown, -0.1, TrackStatus.Confirmed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Deleted));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed, mmsi: 1_000_000_000));
        Assert.Throws<ArgumentException>(() => new TrackReport(1, at, 1, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed, name: ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackReport(1, at, 1, 1, 1, TrackClass.Unknown, 0.5, TrackStatus.Confirmed, people: -1));
    }

    [Fact]
    public void TrackFrame_CopiesItsList_AndRejectsDuplicateIds()
    {
        var list = new List<TrackReport> { SmallBoat(1) };
        var frame = new TrackFrame(Time, list);
        list.Add(SmallBoat(2));

        Assert.Single(frame.Tracks);
        Assert.Throws<ArgumentException>(() => new TrackFrame(Time, [SmallBoat(5), SmallBoat(5)]));
    }
}
