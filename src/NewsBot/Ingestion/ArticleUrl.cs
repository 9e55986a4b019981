namespace NewsBot.Ingestion;

/// <summary>
/// An article's address as clients may link to it: absolute <c>http</c> or <c>https</c> only. Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, relative paths) is dropped, since clients turn the URL into a link.
/// </summary>
public static class ArticleUrl
{
    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) ? Safe(uri) : null;

    public static Uri? Safe(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
