using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waypoint.Web.Data.Configurations;

/// <summary>
/// A value stored as one JSON column: for what is read and replaced whole and never queried inside, such as a plan's
/// content. Enums are written by name, so the stored JSON reads as the domain does.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<T?, string?> Converter<T>()
        where T : class =>
        new(v => v == null ? null : JsonSerializer.Serialize(v, Json), s => s == null ? null : JsonSerializer.Deserialize<T>(s, Json));

    /// <summary>Compares by the JSON, as records holding lists do not compare their items.</summary>
    public static ValueComparer<T?> Comparer<T>()
        where T : class =>
        new((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json), v => JsonSerializer.Serialize(v, Json).GetHashCode(), v => v);
}
