using System.ComponentModel.DataAnnotations;
using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class ShortAnswerGateTests
{
    [Theory]
    [InlineData(true, 0.85, 0.82, true)]
    [InlineData(true, 0.85, 0.0, true)]
    [InlineData(true, 0.70, 0.90, false)]
    [InlineData(true, 0.90, 0.70, false)]
    [InlineData(false, 1.00, 1.00, false)]
    public void Admits_OnlyAShownKindWithASureEnoughLead(bool show, double coverage, double similarity, bool expected)
    {
        var gate = new ShortAnswerGate { Show = show, MinCoverage = 0.8, MinSimilarity = 0.8 };

        Assert.Equal(expected, gate.Admits(coverage, similarity));
    }

    [Fact]
    public void Defaults_ShowDatesAndFiguresButNotPlacesOrNames()
    {
        var options = new AnsweringOptions();

        Assert.True(options.ShortAnswers[AnswerKind.Date].Show);
        Assert.True(options.ShortAnswers[AnswerKind.Number].Show);
        Assert.False(options.ShortAnswers[AnswerKind.Place].Show);
        Assert.False(options.ShortAnswers[AnswerKind.Person].Show);
        Assert.False(options.ShortAnswers.ContainsKey(AnswerKind.Other));
    }

    [Fact]
    public void Validate_AThresholdOutsideZeroToOne_NamesTheKind()
    {
        var options = new AnsweringOptions { ShortAnswers = { [AnswerKind.Number] = new() { Show = true, MinCoverage = 1.5 } } };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains("Answering:ShortAnswers:Number", Assert.Single(results).ErrorMessage, StringComparison.Ordinal);
    }
}
