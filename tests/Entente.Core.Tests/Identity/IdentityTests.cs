using Entente.Core.Identity;

namespace Entente.Core.Tests.Identity;

public sealed class IdentityTests
{
    [Fact]
    public void Roles_EveryRole_RoundTripsThroughItsName()
    {
        Assert.Equal(6, Roles.All.Count);
        foreach (var role in Roles.All)
        {
            Assert.Equal(role, Roles.Parse(Roles.ToName(role)));
        }

        Assert.Equal("sar-mission-coordinator", Roles.ToName(Role.SarMissionCoordinator));
        Assert.Null(Roles.Parse("Watch-Officer"));
        Assert.Null(Roles.Parse(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Roles.ToName((Role)99));
    }

    [Theory]
    [InlineData("fr.watch", true)]
    [InlineData("radar-gris-nez", true)]
    [InlineData("Fr.Watch", false)]
    [InlineData("", false)]
    [InlineData(".watch", false)]
    [InlineData("a b", false)]
    [InlineData("o'brien", false)]
    public void UserName_Validation(string text, bool valid)
    {
        Assert.Equal(valid, UserName.TryParse(text, out var name));
        if (valid)
        {
            Assert.Equal(text, name.Value);
            Assert.Equal(text, UserName.Parse(text).ToString());
        }
        else
        {
            Assert.Throws<FormatException>(() => UserName.Parse(text));
        }
    }
}
