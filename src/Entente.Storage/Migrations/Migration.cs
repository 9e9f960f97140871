namespace Entente.Storage.Migrations;

/// <summary>One schema change, applied once, in version order, inside a transaction.</summary>
/// <param name="Version">The version this migration brings the schema to, from 1 upwards without gaps.</param>
/// <param name="Name">A short description, recorded in schema_migrations.</param>
/// <param name="Sql">The statements, in the engine's dialect.</param>
internal sealed record Migration(int Version, string Name, string Sql);
