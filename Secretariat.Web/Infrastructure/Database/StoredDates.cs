using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Secretariat.Web.Infrastructure.Database;

/// <summary>
/// Days as the store reads them back. Npgsql writes <see cref="DateOnly.MaxValue"/> (9999-12-31) into a duplicated date column
/// as PostgreSQL's <c>infinity</c>, and a query that selects that column into a record (a chart's rows) then reads the word
/// <c>infinity</c> where a day should be: once such a day was stored, every page running that query failed. This converter
/// reads <c>infinity</c> and <c>-infinity</c> as the last and first day and writes days exactly as System.Text.Json does
/// (2026-12-01), so stored documents do not change. New days are kept in range by <see cref="Time.UserDates"/>.
/// </summary>
public sealed class StoredDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"A day is a string, not {reader.TokenType}.");
        var text = reader.GetString();
        return text switch
        {
            "infinity" => DateOnly.MaxValue,
            "-infinity" => DateOnly.MinValue,
            _ when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
            // A day written with a time (a column of a timestamp type), as System.Text.Json would not read it either.
            _ when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) => DateOnly.FromDateTime(instant),
            _ => throw new JsonException($"“{text}” is not a day.")
        };
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
