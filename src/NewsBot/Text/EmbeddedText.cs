namespace NewsBot.Text;

/// <summary>Reads the data files embedded in the application (names, word lists, prompts, models).</summary>
internal static class EmbeddedText
{
    /// <exception cref="InvalidOperationException">The application holds no resource of that name.</exception>
    public static Stream Open(string resourceName) =>
        typeof(EmbeddedText).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the build.");

    /// <inheritdoc cref="Open"/>
    public static string Read(string resourceName)
    {
        using var reader = new StreamReader(Open(resourceName));
        return reader.ReadToEnd();
    }
}
