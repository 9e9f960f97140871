using Entente.Sar.Forcing.NetCdf;
using Xunit;

namespace Entente.Testing;

/// <summary>The netCDF-C library (Debian libnetcdf, pulled in by netcdf-bin), which NetCDF forcing reads through.</summary>
public static class LibNetCdf
{
    /// <summary>Skips the test when libnetcdf is absent, except under CI, where its absence is a failure.</summary>
    public static void RequireInstalled()
    {
        if (NetCdfForcing.IsLibraryAvailable)
        {
            return;
        }

        if (RepositoryPaths.IsCi)
        {
            Assert.Fail("libnetcdf is not installed; CI must install netcdf-bin (scripts/test.sh does).");
        }

        Assert.Skip("libnetcdf is not installed (apt-get install netcdf-bin); the NetCDF forcing tests are skipped.");
    }
}
