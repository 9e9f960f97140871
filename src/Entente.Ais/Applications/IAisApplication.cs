namespace Entente.Ais.Applications;

/// <summary>
/// The decoded application data of a binary message (types 6 and 8), chosen by its designated area code and
/// function identifier (ITU-R M.1371-5 Annex 5). Each application is an immutable value type that keeps every field's
/// raw value and offers typed views whose names carry units, where "not available" values are null.
/// </summary>
public interface IAisApplication
{
    /// <summary>The designated area code (DAC): 1 for international applications, otherwise a country's MID.</summary>
    int DesignatedAreaCode { get; }

    /// <summary>The function identifier (FI) of the application within its DAC.</summary>
    int FunctionalId { get; }
}
