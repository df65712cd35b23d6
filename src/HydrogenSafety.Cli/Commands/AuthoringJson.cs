using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>JSON pieces the rule-authoring commands write alike.</summary>
internal static class AuthoringJson
{
    /// <summary>
    /// The JSON that <paramref name="write"/> writes, indented with two spaces, <c>\n</c> line ends, operators
    /// and non-ASCII text unescaped, with a final newline.
    /// </summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary><c>"source"</c>: the citation's document, with edition, clause and url as null when not given.</summary>
    public static void WriteSource(Utf8JsonWriter json, Citation source)
    {
        json.WriteStartObject("source");
        json.WriteString("document", source.Document);
        WriteNullable(json, "edition", source.Edition);
        WriteNullable(json, "clause", source.Clause);
        WriteNullable(json, "url", source.Url);
        json.WriteEndObject();
    }

    /// <summary>The string, or JSON <c>null</c> when there is none.</summary>
    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
