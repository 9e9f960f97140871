using Entente.Ais.Messages;
using Entente.Simulation.Randomness;
using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>
/// Gives simulated ships plausible identities: a unique MMSI under a flag that is common in the Strait, a valid IMO
/// number, a call sign, a name, a type, dimensions and a destination. Names are made from common words; they are not
/// real ships.
/// </summary>
internal sealed class ShipIdentities
{
    // Maritime identification digits of flags frequent in Strait traffic (ITU MID table): Liberia, Marshall Is.,
    // Panama, Malta, Singapore, Hong Kong, Bahamas, Cyprus, Netherlands, Germany, UK, France, Denmark, Norway, Belgium.
    private static readonly int[] FlagDigits = [636, 538, 351, 352, 353, 370, 248, 249, 256, 563, 477, 311, 209, 212, 244, 245, 211, 218, 235, 232, 227, 228, 219, 257, 205];
    private static readonly string[] FirstWords = ["NORDIC", "BALTIC", "ATLANTIC", "NORTHERN", "OCEAN", "SILVER", "GOLDEN", "EASTERN", "CELTIC", "IRON", "BLUE", "POLAR", "CORAL", "AMBER", "STELLAR", "CASPIAN", "ARCTIC", "SUNRISE", "EVER", "GRAND"];
    private static readonly string[] SecondWords = ["PIONEER", "TRADER", "SPIRIT", "HORIZON", "EXPRESS", "VOYAGER", "GLORY", "HARMONY", "FORTUNE", "STAR", "WIND", "BRIDGE", "CROWN", "RIVER", "SEA", "DAWN", "CARRIER", "NAVIGATOR", "ENDEAVOUR", "PRIDE"];
    private static readonly string[] NorthEastDestinations = ["NLRTM", "BEANR", "DEHAM", "DEBRV", "PLGDN", "SEGOT", "NLAMS", "DKAAR", "GBIMM", "NOOSL"];
    private static readonly string[] SouthWestDestinations = ["ESALG", "USNYC", "BRSSZ", "MAPTM", "FRLEH", "PTSIE", "ITGOA", "EGPSD", "GBSOU", "CAMTR"];

    private readonly SimulationRandom _random;
    private readonly HashSet<int> _usedMmsi = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    public ShipIdentities(SimulationRandom random)
    {
        _random = random;
    }

    /// <summary>Reserves an MMSI given in the scenario, so that no drawn one repeats it.</summary>
    public void Reserve(int mmsi) => _usedMmsi.Add(mmsi);

    public int NextMmsi()
    {
        while (true)
        {
            var mmsi = (FlagDigits[_random.NextIndex(FlagDigits.Length)] * 1_000_000) + _random.NextInclusive(100_000, 999_990);
            if (_usedMmsi.Add(mmsi))
            {
                return mmsi;
            }
        }
    }

    /// <summary>An IMO ship number: six digits and a check digit (sum of digit × 7…2, modulo 10).</summary>
    public int NextImoNumber()
    {
        var body = _random.NextInclusive(900_000, 999_999);
        var sum = 0;
        var rest = body;
        for (var weight = 2; weight <= 7; weight++)
        {
            sum += (rest % 10) * weight;
            rest /= 10;
        }

        return (body * 10) + (sum % 10);
    }

    public string NextName()
    {
        while (true)
        {
            var name = FirstWords[_random.NextIndex(FirstWords.Length)] + " " + SecondWords[_random.NextIndex(SecondWords.Length)];
            if (_usedNames.Add(name))
            {
                return name;
            }

            var numbered = name + " " + _random.NextInclusive(2, 9).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (numbered.Length <= 20 && _usedNames.Add(numbered))
            {
                return numbered;
            }
        }
    }

    public string NextCallSign()
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Span<char> chars = stackalloc char[5];
        chars[0] = letters[_random.NextIndex(letters.Length)];
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = alphanumeric[_random.NextIndex(alphanumeric.Length)];
        }

        return new string(chars);
    }

    /// <summary>Makes a merchant ship: type, size, radar cross-section and destination for its direction.</summary>
    public void DressMerchant(SimObject ship, bool northEastBound)
    {
        var roll = _random.NextDouble();
        (ship.ShipType, ship.LengthMetres) = roll switch
        {
            < 0.55 => (ShipType.Cargo, _random.NextInclusive(90, 366)),
            < 0.82 => (ShipType.Tanker, _random.NextInclusive(100, 330)),
            < 0.90 => (ShipType.CargoHazardousCategoryA, _random.NextInclusive(90, 200)),
            < 0.95 => (ShipType.Passenger, _random.NextInclusive(120, 300)),
            _ => (ShipType.Other, _random.NextInclusive(40, 120)),
        };
        DressCommon(ship);
        var destinations = northEastBound ? NorthEastDestinations : SouthWestDestinations;
        ship.Destination = destinations[_random.NextIndex(destinations.Length)];
    }

    /// <summary>Name, MMSI, IMO, call sign, beam, draught, radar cross-section and mast height from the length.</summary>
    public void DressCommon(SimObject ship)
    {
        ship.Name ??= NextName();
        ship.Mmsi ??= NextMmsi();
        ship.ImoNumber = NextImoNumber();
        ship.CallSign = NextCallSign();
        ship.BeamMetres = Math.Max(4, (int)Math.Round(ship.LengthMetres / _random.Uniform(5.5, 7.5)));
        ship.DraughtMetres = Math.Round(Math.Clamp(ship.LengthMetres / 22.0, 2, 20) * _random.Uniform(0.7, 1.0), 1);

        // A ship's radar cross-section grows roughly with displacement; Skolnik's rule of thumb, σ ≈ 52·f^½·D^{3/2}
        // (f in MHz, D in kilotonnes), gives thousands of m² for merchant ships at S-band. Mast height as a share of length.
        var displacementKilotonnes = Math.Pow(ship.LengthMetres / 100.0, 3) * 8;
        ship.RcsSquareMetres = Math.Max(10, 52 * Math.Sqrt(3000) * Math.Pow(displacementKilotonnes, 1.5));
        ship.HeightMetres = Math.Clamp(ship.LengthMetres * 0.15, 6, 60);
    }
}
