namespace Entente.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void ResolveDataDirectory_Default_IsAnAbsoluteEntenteFolderOutsideTheWorkingDirectory()
    {
        var resolved = new StorageOptions().ResolveDataDirectory();
        Assert.True(Path.IsPathFullyQualified(resolved));
        Assert.Equal("entente", Path.GetFileName(resolved));
        Assert.NotEqual(Path.GetFullPath("entente"), resolved);
    }

    [Fact]
    public void ResolveDataDirectory_Relative_IsMadeAbsolute()
    {
        var resolved = new StorageOptions { DataDirectory = "some/dir" }.ResolveDataDirectory();
        Assert.Equal(Path.GetFullPath("some/dir"), resolved);
    }
}
