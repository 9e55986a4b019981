using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Retrieval;

/// <summary>Article id → content hash, read straight from a store's entries, so a generation does not copy them.</summary>
internal sealed class ArticleHashes(IReadOnlyDictionary<string, StoredEntry> entries) : IReadOnlyDictionary<string, string>
{
    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<string> Values => entries.Values.Select(e => e.Hash);

    public string this[string key] => entries[key].Hash;

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = entries.TryGetValue(key, out var entry) ? entry.Hash : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Hash)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
