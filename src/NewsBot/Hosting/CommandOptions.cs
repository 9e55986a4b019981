using System.CommandLine;
using System.Globalization;

namespace NewsBot.Hosting;

/// <summary>Options more than one verb defines the same way.</summary>
internal static class CommandOptions
{
    /// <summary>A whole number of at least 1; anything else is an error naming the option.</summary>
    public static Option<int?> Positive(string name, string description, string helpName, bool required = false) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            result.AddError($"{name} must be a whole number of at least 1, not '{text}'.");
            return null;
        },
    };
}
