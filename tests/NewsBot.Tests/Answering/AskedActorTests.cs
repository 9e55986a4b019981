using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedActorTests
{
    [Theory]
    [InlineData("When did Lindqvist warn that the port would close?", "Maria Okafor warned the dockers on Monday: “The port will close.”", false)]
    [InlineData("When did Lindqvist warn that the port would close?", "Maria Okafor has claimed that the port would close by winter.", false)]
    [InlineData("When did Lindqvist warn that the port would close?", "“The port will close,” Lindqvist warned on Monday.", true)]
    [InlineData("What did Nordfly make in the first half?", "In the first half Vestair made a profit of NOK 40m.", false)]
    [InlineData("What did Nordfly make in the first half?", "In the first half Nordfly made a profit of NOK 12m.", true)]
    [InlineData("How much did Nordfly pay for the hangar?", "Vestair paid NOK 9m for the hangar.", false)]
    [InlineData("When did Okafor lay the quay's first stone?", "Lindqvist laid the quay's first stone in May.", false)]
    [InlineData("When did Lindqvist warn that the port would close?", "“The port will close,” said Erik Lindqvist.", true)]
    // Typed without its accents, the name is the same.
    [InlineData("When did Celik warn that the port would close?", "“The port will close,” Çelik warned on Monday.", true)]
    [InlineData("When did Celik warn that the port would close?", "“The port will close,” Okafor warned on Monday.", false)]
    [InlineData("When did Lindqvist warn that the port would close?", "He warned on Monday that the port would close.", true)]
    [InlineData("Which town did Norway order the ferries from?", "Oslo ordered the ferries from Bergen last year.", true)]
    [InlineData("Which town did Norway order the ferries from?", "Denmark ordered the ferries from Bergen last year.", false)]
    [InlineData("When did Oslo promise the harbour towns new quays?", "The Norwegian premier, Kari Lunde, promised the harbour towns new quays in May.", true)]
    [InlineData("When did Oslo promise the harbour towns new quays?", "For the Danish cabinet, its premier, Kari Lunde, promised the harbour towns new quays in May.", false)]
    [InlineData("When did Oslo promise the harbour towns new quays?", "Talks with Norway stalled and Kari Lunde promised the harbour towns new quays.", false)]
    [InlineData("Which town supplied the ferries?", "Denmark ordered the ferries from Bergen last year.", true)]
    [InlineData("What did Oslo's mayor say about the ferries?", "Ingrid Dahl said the ferries were late.", true)]
    [InlineData("What did the FM say about the ferries?", "Foreign minister Ingrid Dahl said the ferries were late.", true)]
    [InlineData("Why did Norwegian cafes rename the fish soup?", "Under the occupation of Vidkun Quisling, cafes renamed the soup to avoid trouble.", true)]
    [InlineData("Why does Vardo only have DAB television channels?", "The first channel, which Tromso television launched in 1998, broadcast on cable.", true)]
    [InlineData("How many ferries do Norwegian officials say the storm sank?", "Swedish officials said the storm sank about 12 ferries.", false)]
    [InlineData("How many ferries do Norwegian officials say the storm sank?", "Norway's officials said the storm sank about 12 ferries.", true)]
    [InlineData("How many ferries do Norwegian officials say the storm sank?", "Officials in Oslo said the storm sank about 12 ferries.", true)]
    [InlineData("How many ferries have Nato diplomats said the storm sank?", "Russian diplomats have said the storm sank about 12 ferries.", false)]
    [InlineData("What did Lunde discuss with the harbour board?", "Okafor discussed the quay with the harbour board.", false)]
    [InlineData("How many prizes did The Long Ferry receive?", "The ferry drama The Long Ferry, starring Kari Lunde, received three prizes.", true)]
    [InlineData("How many prizes did The Long Ferry receive?", "The Harbour Master and The Long Ferry, both directed by Kari Lunde, received three prizes each.", true)]
    [InlineData("How many prizes did The Long Ferry receive?", "Among the winners, Kari Lunde received three prizes for The Harbour Master.", false)]
    [InlineData("When did Lunde say the quay would close?", "On Monday, Kari Lunde, the spokeswoman for Bergen's mayor, Ola Brekke, had said the quay would close.", true)]
    [InlineData("When did Okafor say the quay would close?", "On Monday, Kari Lunde, the spokeswoman for Bergen's mayor, Ola Brekke, had said the quay would close.", false)]
    [InlineData("When did Lunde say the quay would close?", "On Monday, the spokeswoman for Bergen's mayor, Ola Brekke, had said the quay would close.", false)]
    public void HeldBy_DeclinesAStatementWhoseActorIsAnotherName(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).HeldBy(sentence));
    }

    /// <summary>The name a yes/no question gives its verb's object must be the one the statement's same verb is done to.</summary>
    [Theory]
    [InlineData("Did Bergen beat Tromso?", "Tromso lost at home a day after Bergen beat Molde.", false)]
    [InlineData("Did Bergen beat Tromso?", "Bergen beat Tromso 2-1 on Saturday.", true)]
    [InlineData("Did Bergen beat Tromso?", "Tromso were beaten by Bergen on Saturday.", true)]
    [InlineData("Did Bergen beat Tromso?", "Bergen beat the Tromso side 2-1 on Saturday.", true)]
    // A capital stands for its country (the name catalogue).
    [InlineData("Did Norway join Nato?", "Norway joined the EU in 1995.", false)]
    [InlineData("Did Nordvik buy Vestair?", "Nordvik bought Harbour Line last year.", false)]
    [InlineData("Did Nordvik buy Vestair?", "Nordvik bought it last year.", true)]
    public void HeldBy_AnotherNameDoneToByTheSameVerb_IsNotTheOneAsked(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).HeldBy(sentence));
    }

    /// <summary>"Who beat Tromso?" is not answered by what Tromso did, or by what was done to another: a sentence whose every use of the verb has the asked object for subject or another name for object.</summary>
    [Theory]
    [InlineData("Who beat Tromso in the final?", "Tromso beat Bergen 2-1 in the final.", false)]
    [InlineData("Who beat Tromso in the final?", "The coach praised Tromso, who beat Bergen in last year's final.", false)]
    [InlineData("Who beat Tromso in the final?", "Tromso, who have beaten Bergen twice, lost the final.", false)]
    [InlineData("Who beat Tromso in the final?", "Bergen beat Tromso 2-1 in the final.", true)]
    [InlineData("Who beat Tromso in the final?", "Tromso were beaten by Bergen in the final.", true)]
    [InlineData("Who beat Tromso in the final?", "Tromso beat Molde in the semi-final before Bergen beat them in the final.", true)]
    [InlineData("Who beat Tromso in the final?", "Tromso lost the final a day after Molde beat Bergen.", false)]
    [InlineData("Who has replaced Kari Lunde?", "Kari Lunde replaced Ola Brekke as harbour master in 2019.", false)]
    [InlineData("Who has replaced Kari Lunde?", "Ola Brekke replaced Kari Lunde as harbour master on Monday.", true)]
    [InlineData("Who told Kari Lunde about the quay?", "Kari Lunde told the council about the quay.", true)]
    [InlineData("Who led Norway's team at the talks?", "Norway's team at the talks was led by Kari Lunde.", true)]
    [InlineData("Who led Norway's team at the talks?", "Norway led the talks, and Kari Lunde its team.", true)]
    public void HeldBy_WhoAndTheVerbsObject_IsNotAnsweredByWhatTheObjectDid(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).HeldBy(sentence));
    }

    /// <summary>
    /// Asking, urging, describing, announcing, accusing, denying and admitting are verbs of saying too: another
    /// named speaker's are not the actor's words, and the actor's own, in any form the catalogue knows, are.
    /// </summary>
    [Theory]
    [InlineData("What did Kari Lunde ask the council for?", "Asked about Kari Lunde's plan, Ola Brekke said the council had no money.", false)]
    [InlineData("What did Kari Lunde ask the council for?", "Kari Lunde has asked the council for a new quay.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "Ola Brekke described the quay as unsafe.", false)]
    [InlineData("What did Oslo say it would send to Vardo?", "Norway announced on Saturday that it would send two ships to Vardo.", true)]
    [InlineData("What did Oslo say it would send to Vardo?", "Sweden announced on Saturday that it would send two ships to Vardo.", false)]
    // A name after "said" speaks only where its clause ends; followed by a verb or a possessive, it is what was said.
    [InlineData("What did Kari Lunde say about the quay?", "The harbour master said Ola Brekke's quay was unsafe.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "The harbour master said Ola Brekke had closed the quay.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "The quay is unsafe, said Ola Brekke on Monday.", false)]
    [InlineData("What did Kari Lunde say about the quay?", "The quay is unsafe, said Ola Brekke.", false)]
    // A pronoun that speaks before the actor is named is someone else, and the actor what was said or whom it was said to.
    [InlineData("What did Kari Lunde say about the quay?", "Speaking on Monday, he said he would meet the mayor, Kari Lunde, at the quay.", false)]
    [InlineData("What did Kari Lunde say about the quay?", "Speaking on Monday, she said the quay was unsafe.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "Kari Lunde toured the quay, and she said it was unsafe.", true)]
    // Typed in lower case, a name the lexicon does not know still names the speaker.
    [InlineData("what did lunde say about the quay?", "Ola Brekke said the quay was unsafe.", false)]
    [InlineData("what did lunde say about the quay?", "Lunde said the quay was unsafe.", true)]
    [InlineData("what did lunde say about the quay?", "Speaking on Monday, he said he would meet the mayor, Kari Lunde, at the quay.", false)]
    [InlineData("what did officials say about the quay?", "Ola Brekke said the quay was unsafe.", true)]
    [InlineData("What did Lundkvist say about the quay?", "Lundqvist said the quay was unsafe.", true)]
    [InlineData("What did Lundkvist say about the quay?", "Lindqvist said the quay was unsafe.", false)]
    public void HeldBy_OtherVerbsOfSaying_AreHeldToTheActor(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).HeldBy(sentence));
    }

    /// <summary>A verb of saying asks what the actor said; "add" is none, as "what did X add to …" asks for a thing added.</summary>
    [Theory]
    [InlineData("What did Kari Lunde announce?", true)]
    [InlineData("What did Kari Lunde deny?", true)]
    [InlineData("What did Kari Lunde add to the quay?", false)]
    [InlineData("What did Kari Lunde build at the quay?", false)]
    public void AsksSpeech_AVerbOfSaying(string question, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).AsksSpeech);
    }

    /// <summary>A reaction is reported as what was said: another speaker's words are no reaction of the actor asked.</summary>
    [Theory]
    [InlineData("How did Norway react to the harbour vote?", "“The vote was a surprise,” former Danish minister Kari Lunde said.", false)]
    [InlineData("How did Norway react to the harbour vote?", "Norwegian officials reacted angrily to the harbour vote.", true)]
    [InlineData("How did Norway respond to the harbour vote?", "The vote was held on Tuesday.", true)]
    public void HeldBy_AReactionAsked_IsHeldToTheActorsOwnWords(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("How did Norway react to the harbour vote?", "Norwegian officials earlier reacted angrily to the harbour vote.", true)]
    [InlineData("How did Oslo respond to the harbour vote?", "The Norwegian premier's spokesman, Ola Brekke, has said the vote changes nothing.", true)]
    [InlineData("How did Norway react to the harbour vote?", "Vardo took a step towards the harbour vote after its mayor said the quay was unsafe.", false)]
    [InlineData("How did Norway react to the harbour vote?", "The mayor said the vote could trigger a number of responses from Norway.", false)]
    // What the actor said: its own words, named before the verb of saying or right after "said".
    [InlineData("What did Kari Lunde say about the quay?", "“The quay is unsafe,” said Kari Lunde.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "The harbour master said Kari Lunde's quay was unsafe.", false)]
    [InlineData("What did Kari Lunde say about the quay?", "“The quay is unsafe,” said Kari Lunde on Monday.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "The quay is unsafe, said Lunde in a statement.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "Kari Lunde has warned that the quay is unsafe.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "Kari Lunde visited the quay on Monday before the harbour master said it was unsafe.", false)]
    [InlineData("What did Norway say about the quay?", "Experts have urged Norway to close the quay before the winter storms.", false)]
    [InlineData("What did Norway say about the quay?", "Oslo said the quay would close.", true)]
    // A pronoun speaking refers to the name the sentence opens with.
    [InlineData("What did Norway say about the quay?", "Norway has condemned the plan for the quay, which it said was reckless.", true)]
    [InlineData("What did Kari Lunde say about the quay?", "Ola Brekke has described the quay as unsafe, he said in a statement.", false)]
    [InlineData("What did Kari Lunde say about the quay?", "“The quay is unsafe,” he said.", false)]
    // Asked no speech or reaction, every sentence holds it.
    [InlineData("When did Norway hold the harbour vote?", "Vardo took a step towards the harbour vote after its mayor said the quay was unsafe.", true)]
    [InlineData("What did Norway build at the quay?", "Experts have urged Norway to close the quay before the winter storms.", true)]
    public void SpeakerHeldBy_TheActorBeforeAVerbOfSayingOrReactingOrRightAfterSaid(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedActor.Of(question).SpeakerHeldBy(sentence));
    }
}
