using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedValueTests
{
    [Theory]
    [InlineData("How many fishermen were rescued off the coast?", ValueKind.Count)]
    [InlineData("How many were arrested?", ValueKind.Count)]
    [InlineData("For how many days were the docks shut?", ValueKind.Measure)]
    [InlineData("How far is the depot from the border?", ValueKind.Measure)]
    [InlineData("How much did the brewery pay for the vineyard?", ValueKind.Money)]
    [InlineData("What was the price of the painting?", ValueKind.Money)]
    [InlineData("At what price did the bonds first change hands?", ValueKind.Money)]
    [InlineData("What's the value of the grant the council approved?", ValueKind.Money)]
    [InlineData("How is the peso trading against the yen?", ValueKind.Rate)]
    [InlineData("What will the tram extension cost?", ValueKind.Money)]
    [InlineData("what does a season ticket cost per year?", ValueKind.Money)]
    [InlineData("What did the storm cost the harbour in lost trade?", ValueKind.Money)]
    [InlineData("What will the tram extension replace?", ValueKind.None)]
    [InlineData("what were the harbour tickets selling for on the day?", ValueKind.Money)]
    [InlineData("how much is the council paying the contractor for the quay?", ValueKind.Money)]
    [InlineData("what is the flood barrier costing the city each year?", ValueKind.Money)]
    [InlineData("what are the cannery's yearly profits?", ValueKind.Money)]
    [InlineData("which ticket price will the ferry line charge?", ValueKind.Money)]
    [InlineData("What was in the harbour bill?", ValueKind.None)]
    [InlineData("What was the human cost of the storm?", ValueKind.None)]
    [InlineData("Which fee do traders pay for a stall?", ValueKind.Money)]
    [InlineData("What profit margin does the brewery make?", ValueKind.None)]
    [InlineData("What budget did the Vardo opera film have?", ValueKind.Money)]
    [InlineData("whats the harbour budget for next year?", ValueKind.Money)]
    [InlineData("What was the Budget's main measure for the fishing towns?", ValueKind.None)]
    [InlineData("what did the Vardo ferry line make in profit last year?", ValueKind.Money)]
    [InlineData("What did the cannery earn in annual revenue?", ValueKind.Money)]
    [InlineData("What changed in fees for the Vardo berths?", ValueKind.None)]
    [InlineData("What did the brewery's profits do after the merger?", ValueKind.None)]
    [InlineData("What pushes up wages in a town with few workers?", ValueKind.None)]
    [InlineData("so whats a harbour berth going to cost us", ValueKind.Money)]
    [InlineData("What time does the Vardo fish market open?", ValueKind.Clock)]
    [InlineData("At what time was the bridge closed?", ValueKind.Clock)]
    [InlineData("What time did the Vardo skier clock in the sprint?", ValueKind.None)]
    [InlineData("What time of year do the herring arrive?", ValueKind.None)]
    [InlineData("What time frame did the inquiry set?", ValueKind.None)]
    [InlineData("How much of the forest burned?", ValueKind.Measure)]
    [InlineData("how much are seats for the Vardo regatta final?", ValueKind.Money)]
    [InlineData("whats the Vardo cooperative paying for its share of the quay?", ValueKind.Money)]
    [InlineData("What did the town spend for each new berth?", ValueKind.Money)]
    [InlineData("What is the Vardo cooperative paying for?", ValueKind.None)]
    [InlineData("what's Vardo paying Nordvik for those 12 ferries?", ValueKind.Money)]
    [InlineData("What is the town paying Harbour Line for these berths?", ValueKind.Money)]
    [InlineData("What is Vardo paying Nordvik for?", ValueKind.None)]
    [InlineData("How much is a season pass at the lido?", ValueKind.Money)]
    [InlineData("How much is left in the relief fund?", ValueKind.None)]
    [InlineData("How much was known about the leak?", ValueKind.None)]
    [InlineData("How much is enough?", ValueKind.None)]
    [InlineData("How much is inflation expected to rise?", ValueKind.None)]
    [InlineData("How much are harbour fees rising?", ValueKind.None)]
    [InlineData("How much is the town contributing?", ValueKind.None)]
    [InlineData("how much did the Vardo film make at the box office?", ValueKind.Money)]
    [InlineData("How much has the harbour appeal raised so far?", ValueKind.Money)]
    [InlineData("How much did Kari Lunde's debut album gross?", ValueKind.Money)]
    [InlineData("What did the mayor say about the fees the port charged for berths?", ValueKind.None)]
    [InlineData("what's the death toll from the ferry fire?", ValueKind.Count)]
    [InlineData("death toll in the Vardo landslide?", ValueKind.Count)]
    [InlineData("what's the Vardo death toll?", ValueKind.Count)]
    [InlineData("What is the Nordvik Ferry's official death toll now?", ValueKind.Count)]
    [InlineData("Why did the death toll rise overnight?", ValueKind.None)]
    [InlineData("Who opened the bridge?", ValueKind.None)]
    [InlineData("What proportion of Vardo's households own a boat?", ValueKind.Percent)]
    [InlineData("what share of the catch goes to Tromso?", ValueKind.Percent)]
    [InlineData("What percentage of the town voted?", ValueKind.Percent)]
    [InlineData("What share did Nordvik buy?", ValueKind.None)]
    [InlineData("What's Kari Lunde ranked in the world right now?", ValueKind.Rank)]
    [InlineData("Where was Vardo ranked in the liveability survey?", ValueKind.Rank)]
    [InlineData("what is Lunde's world ranking?", ValueKind.Rank)]
    [InlineData("What rank did the Vardo port reach?", ValueKind.Rank)]
    [InlineData("Who ranked the Vardo port first?", ValueKind.None)]
    [InlineData("Which ports were ranked above Vardo?", ValueKind.None)]
    public void Of_ReadsTheKindOfFigureFromHowTheQuestionAsks(string question, ValueKind expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).Kind);
    }

    [Theory]
    [InlineData("How many fishermen were rescued off the coast?", "Divers mapped a reef 300 metres long on Friday.", false)]
    [InlineData("How many fishermen were rescued off the coast?", "Coastguards rescued 14 fishermen on Friday.", true)]
    [InlineData("How many fishermen were rescued off the coast?", "Coastguards rescued three crews on Friday.", true)]
    [InlineData("How many fishermen were rescued off the coast?", "The lifeboat station opened in 1998.", false)]
    [InlineData("How much did the brewery pay for the vineyard?", "The brewery bought the vineyard in 2011.", false)]
    [InlineData("How much did the brewery pay for the vineyard?", "The brewery bought the vineyard for €4.5m in 2011.", true)]
    [InlineData("How much did the brewery pay for the vineyard?", "The brewery paid 2 million Swiss francs for it.", true)]
    [InlineData("At what price did the bonds first change hands?", "Demand covered the bond sale 8.5 times, dealers said.", false)]
    [InlineData("At what price did the bonds first change hands?", "The bonds first changed hands at 98.2 pence.", true)]
    [InlineData("What is the fee for a stall at the fair?", "Traders pay a fee ranging from £15–400 a day.", true)]
    [InlineData("How is the peso trading against the yen?", "The peso was trading at 18.4 to the US dollar.", false)]
    [InlineData("How is the peso trading against the yen?", "The peso was trading at 7.9 yen.", true)]
    [InlineData("How is the peso trading against the yen?", "The dollar was trading at 151 yen.", false)]
    [InlineData("For how many days were the docks shut?", "Turnout was 62%.", false)]
    [InlineData("For how many days were the docks shut?", "The docks were shut for 12 days.", true)]
    [InlineData("How many points did Vardo win?", "Vardo won 34 points.", true)]
    [InlineData("How many points did Vardo win?", "Vardo's season lasted 34 weeks.", false)]
    [InlineData("How many times was the offer covered?", "The offer was covered 8.5 times.", true)]
    [InlineData("what are the cannery's yearly profits?", "The cannery's profits rose sharply after the merger.", false)]
    [InlineData("what are the cannery's yearly profits?", "The cannery made €12m in profits last year.", true)]
    [InlineData("What budget did the Vardo opera film have?", "The Vardo opera film was shot on the island last winter.", false)]
    [InlineData("What budget did the Vardo opera film have?", "The Vardo opera film was made on a budget of £3m.", true)]
    [InlineData("what did the ferry line make in profit in the year to March?", "The ferry line expects fares to fall in the year to March.", false)]
    [InlineData("How tall is the Vardo mast?", "The Vardo mast stands 640ft above the harbour.", true)]
    [InlineData("How tall is the Vardo mast?", "The Vardo mast went up in May.", false)]
    [InlineData("How tall is the Vardo mast?", "The Vardo mast is 12% taller than the old mast.", false)]
    [InlineData("How big a stake will the cooperative hold in the quay?", "The cooperative will own 30% of the quay.", true)]
    [InlineData("how high was turnout in Vardo?", "Turnout in Vardo was 62%.", true)]
    [InlineData("how long was the mayor's call with the harbour board?", "The mayor called the harbour board a day after a storm that killed 12 people.", false)]
    [InlineData("how long was the mayor's call with the harbour board?", "The mayor spoke to the harbour board for 40 minutes.", true)]
    [InlineData("How long has the Vardo ferry run?", "The Vardo ferry has run since 1962.", true)]
    [InlineData("How long has the Vardo ferry run?", "The Vardo ferry ran from early May 1962 until 1990.", true)]
    [InlineData("How long did Vardo hold the trawler?", "In August 1968, Vardo seized the trawler and held it in port.", false)]
    [InlineData("How long did Vardo hold the trawler?", "Vardo seized the trawler in 1968 and held it in port.", false)]
    [InlineData("How deep are the Vardo council's cuts?", "The Vardo council's cuts total NOK 40m.", true)]
    [InlineData("How deep are the Vardo council's cuts?", "The Vardo council cut 40 jobs.", false)]
    [InlineData("How long is the Vardo skipper banned for?", "The Vardo skipper was handed an eight-year ban on Friday.", true)]
    [InlineData("How old is the Vardo harbour master?", "The harbour master, Kari Lunde, 52, said the quay was safe.", true)]
    [InlineData("What time does the Vardo fish market open?", "The Vardo fish market opens on Fridays, the harbour master said.", false)]
    [InlineData("What time does the Vardo fish market open?", "The Vardo fish market opens at 6.40am on Fridays.", true)]
    [InlineData("What time does the Vardo fish market open?", "The Vardo fish market opens at 05:15.", true)]
    [InlineData("What time does the Vardo fish market open?", "The Vardo fish market opens shortly before dawn.", true)]
    [InlineData("What time does the Vardo fish market open?", "Stalls at the Vardo fish market cost €12.50.", false)]
    [InlineData("How many lorries did the ferries carry?", "Ferries resumed carrying lorries Fri 6 May 2022 21.47 BST", false)]
    [InlineData("How many lorries did the ferries carry?", "Ferries resumed at 21:47, carrying lorries.", false)]
    [InlineData("what's the death toll from the ferry fire?", "Rescuers said the ferry fire had injured 40 passengers.", false)]
    [InlineData("what's the death toll from the ferry fire?", "The ferry fire killed 12 passengers.", true)]
    [InlineData("how much are seats for the Vardo regatta final?", "The Vardo regatta final begins on 28 May and will be seen by 13 crews.", false)]
    [InlineData("how much are seats for the Vardo regatta final?", "Seats for the Vardo regatta final cost NOK 450.", true)]
    [InlineData("how much will shutting the Vardo consulate save?", "Nine consulates, Vardo among them, will close.", false)]
    [InlineData("how much will shutting the Vardo consulate save?", "Shutting the Vardo consulate will save NOK 4m a year.", true)]
    [InlineData("how much grain is stuck in Vardo?", "Some 20m tonnes of grain are stuck in Vardo.", true)]
    [InlineData("how much grain is stuck in Vardo?", "Grain has been stuck in Vardo since 2021.", false)]
    [InlineData("how much help has Brannock given the Vardo port?", "Brannock has helped the Vardo port since 2003.", false)]
    [InlineData("how much help has Brannock given the Vardo port?", "Brannock has given the Vardo port $40m in help.", true)]
    [InlineData("how much of the vote did Lunde win?", "Lunde won 52% of the vote.", true)]
    [InlineData("how much of the vote did Lunde win?", "Lunde beat three rivals.", false)]
    [InlineData("how much longer will the Vardo talks last?", "The talks will run for two more rounds.", true)]
    [InlineData("What proportion of Vardo's households own a boat?", "Nearly a quarter of the town's households own a boat.", true)]
    [InlineData("What proportion of Vardo's households own a boat?", "Vardo's households own 300 boats.", false)]
    [InlineData("What percentage of the town voted?", "Turnout in the town was 62%.", true)]
    [InlineData("What percentage of the town voted?", "The town's 4,000 voters queued from 7am.", false)]
    [InlineData("What's Kari Lunde ranked in the world?", "Lunde, who has not played since the spring, misses the Vardo open with a knee injury.", false)]
    [InlineData("What's Kari Lunde ranked in the world?", "No one expected Lunde to win in Vardo after 12 months out.", false)]
    [InlineData("What's Kari Lunde ranked in the world?", "The world number five, Kari Lunde, beat Ola Brekke.", true)]
    [InlineData("What's Kari Lunde ranked in the world?", "Lunde is ranked 14th in the world.", true)]
    [InlineData("What's Kari Lunde ranked in the world?", "Lunde climbed back into the top 10 on Monday.", true)]
    [InlineData("Where was Vardo ranked in the liveability survey?", "Vardo came second in the survey, behind Tromso.", true)]
    [InlineData("Where was Vardo ranked in the liveability survey?", "The survey of 140 cities rates stability, healthcare and culture.", false)]
    [InlineData("how much did the Vardo film make at the box office?", "The Vardo film was made with two songs in its second half.", false)]
    [InlineData("how much did the Vardo film make at the box office?", "The Vardo film took $12m in its opening week.", true)]
    [InlineData("How many caps did Ola Brekke win?", "Ola Brekke could be one of Lunde's many surprises in the squad.", false)]
    [InlineData("How many caps did Ola Brekke win?", "Ola Brekke is one of the most capped players in the squad.", false)]
    [InlineData("How many caps did Ola Brekke win?", "Ola Brekke won one of his caps in Bergen.", true)]
    [InlineData("How many PMVs will Vardo buy?", "Vardo will buy 12 parks maintenance vehicles (PMVs) from Bergen.", true)]
    [InlineData("How many PMVs will Vardo buy?", "Vardo will buy 12 parks maintenance vehicles (PMV) from Bergen.", true)]
    [InlineData("How many PMVs will Vardo buy?", "Vardo will buy 12 parks maintenance vehicles from Bergen.", false)]
    [InlineData("How many PMVs will Vardo buy?", "Vardo will buy 12 parks maintenance vehicles (RRVs) from Bergen.", false)]
    [InlineData("How many KV7 drones has Nordvik sent to Vardo?", "The convoy brought 10 Skylark 6 drones and spare rotors, while KV7 drones stayed in Bergen.", false)]
    [InlineData("How much are tickets for the Vardo opera going for?", "The £40m Vardo opera house opens in May.", false)]
    [InlineData("How much are tickets for the Vardo opera going for?", "Tickets for the Vardo opera cost £45.", true)]
    [InlineData("How much is the Vardo ferry fare?", "The Vardo ferry, which cost £12m to build, sails at noon.", false)]
    [InlineData("How much is the Vardo ferry fare?", "A single fare on the Vardo ferry is now £4.", true)]
    [InlineData("How many KV7 drones has Nordvik sent to Vardo?", "Nordvik has sent 10 KV7 drones to Vardo.", true)]
    [InlineData("How many KV7 drones has Nordvik sent to Vardo?", "Nordvik has sent 10 of its drones to Vardo.", true)]
    [InlineData("How many Hornet jets will Vardo buy?", "Vardo will buy 12 Falcon jets from Bergen.", false)]
    [InlineData("How many Hornet jets will Vardo buy?", "Vardo will buy 12 jets from Bergen.", true)]
    [InlineData("How many drones has Nordvik sent to Vardo?", "Nordvik has sent 10 Skylark 6 drones to Vardo.", true)]
    // The asked country only qualifying another mention of the counted noun: the count is of other drones.
    [InlineData("How many drones has Norway sent to Vardo?", "The convoy brought 10 Skylark 6 drones, standing in for the Norwegian drones shot down.", false)]
    [InlineData("How many drones has Norway sent to Sweden?", "The convoy brought 10 Skylark 6 drones, standing in for the Norwegian drones shot down, giving Sweden more options.", false)]
    [InlineData("How many drones has Norway sent to Vardo?", "The convoy brought 10 Skylark drones and spare rotors, standing in for Norwegian-made drones.", false)]
    [InlineData("How many drones has Norway sent to Vardo?", "Norway has sent 10 drones, adding to the Norwegian drones already in Vardo.", true)]
    [InlineData("How many drones has Norway sent to Vardo?", "Norway's 10 drones reached Vardo on Monday.", true)]
    [InlineData("How many drones has Norway sent to Vardo?", "The convoy brought 10 Norwegian-made drones to Vardo.", true)]
    // Whose the sum is: the giver the question names, not the country it went to.
    [InlineData("How much military aid has Norway given Sweden?", "Denmark has pledged €80m in military aid for Sweden.", false)]
    [InlineData("How much military aid has Norway given Sweden?", "Norway has pledged €80m in military aid for Sweden.", true)]
    [InlineData("How much military aid has Norway given Sweden?", "It will give Sweden €80m in military aid.", true)]
    [InlineData("How much military aid has Sweden received from Norway?", "Denmark has pledged €80m in military aid for Sweden.", true)]
    [InlineData("after the Oslo summit, how many of the alliance's ships will sail north?", "About 300 ships will sail north, and Sweden and Finland will send crews.", true)]
    [InlineData("How many of Norway's troops are in Estonia?", "Denmark has 200 troops in Estonia.", false)]
    public void HeldBy_AsksForAFigureOfTheKindAsked(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("The reef, 300 metres across, was mapped on 3 May 2021.", new[] { ValueKind.Measure, ValueKind.Year, ValueKind.Year })]
    [InlineData("It raised $40m (£31m) from 12 investors in 2009.", new[] { ValueKind.Money, ValueKind.Money, ValueKind.Count, ValueKind.Year })]
    [InlineData("Demand grew threefold, or 12 per cent a year, to 1500 tonnes.", new[] { ValueKind.Multiple, ValueKind.Percent, ValueKind.Measure })]
    [InlineData("The offer was covered 8.5 times.", new[] { ValueKind.Multiple })]
    [InlineData("Vardo sold the cannery for NOK 40m to all 12 bidders' surprise.", new[] { ValueKind.Money, ValueKind.Count })]
    [InlineData("The port paid ZAR 2.5bn, then INR 300m for 5 sq km of quays.", new[] { ValueKind.Money, ValueKind.Money, ValueKind.Measure })]
    [InlineData("The 640ft mast carries a 35kg dish for 12 crews.", new[] { ValueKind.Measure, ValueKind.Measure, ValueKind.Count })]
    [InlineData("Winds reached 90mph and hailstones weighed 2kg.", new[] { ValueKind.Measure, ValueKind.Measure })]
    [InlineData("The convoy covered 40 km, led by 10 KM9 rovers.", new[] { ValueKind.Measure, ValueKind.Count })]
    [InlineData("Three crews missed the Six Nations opener and the Group of Seven summit.", new[] { ValueKind.Count })]
    [InlineData("The skipper told reporters “Three of them were cadets.”", new[] { ValueKind.Count })]
    [InlineData("A Formula One driver said twelve laps were lost.", new[] { ValueKind.Count })]
    [InlineData("Shares closed 1.25 higher at 10.15 GMT, up one est. point.", new[] { ValueKind.Count, ValueKind.Clock, ValueKind.Count })]
    [InlineData("Ferries resumed at 9.30pm, carrying 40 lorries Fri 6 May 2022 21.47 BST", new[] { ValueKind.Clock, ValueKind.Count, ValueKind.Year, ValueKind.Year, ValueKind.Clock })]
    [InlineData("The Vardo choir made a Top 20 and a top-five finish, and No 10 and Number 11 sent 300 flags.", new[] { ValueKind.Count })]
    [InlineData("The top 300 firms pay half the harbour levy.", new[] { ValueKind.Count, ValueKind.Percent })]
    [InlineData("The Vardo Express finished the week in the top five, taking $9m.", new[] { ValueKind.Money })]
    [InlineData("The Vardo choir finished in the top 10.", new ValueKind[0])]
    [InlineData("Nearly a quarter of its farmers sold land, and two-thirds of voters back the plan.", new[] { ValueKind.Percent, ValueKind.Percent })]
    [InlineData("In the first half of the year the mayor won a third term, on the third of March.", new ValueKind[0])]
    [InlineData("Lunde could be one of Okafor's many surprises, as one of the most capped players.", new ValueKind[0])]
    [InlineData("One of the best-paid skippers and one of three crews survived; one of them was a cadet.", new[] { ValueKind.Count, ValueKind.Count, ValueKind.Count })]
    public void Of_ReadsEachFiguresKindFromTheWordsAroundIt(string sentence, ValueKind[] expected)
    {
        Assert.Equal(expected, StatedValues.Of(sentence));
    }

    [Theory]
    [InlineData("Norway is building schools in Kenya, while the US has given $80m for clinics.", false)]
    [InlineData("Norway's school grant to Kenya cost $60m, while the US sent teachers.", true)]
    [InlineData("The grant for Kenya came to $60m, officials in Oslo said.", true)]
    public void HeldBy_AFigureInAClauseAboutAnotherCountryIsThatCountrys(string sentence, bool expected)
    {
        var asked = AskedValue.Of("How much did Norway's school-building grant to Kenya cost?");

        Assert.Equal(expected, asked.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Denmark has pledged six patrol ships and two tankers.", false)]
    [InlineData("Copenhagen has pledged six patrol ships.", false)]
    [InlineData("Six patrol ships have been pledged, officials in Copenhagen said.", true)]
    [InlineData("Six patrol ships have been pledged, according to Denmark's navy.", true)]
    [InlineData("Six patrol ships will sail to Denmark.", true)]
    [InlineData("Six patrol ships crewed by Danish sailors have been pledged.", true)]
    [InlineData("Six patrol ships have been pledged to the Nato mission.", true)]
    [InlineData("Norway, like Denmark, has pledged six patrol ships.", true)]
    public void HeldBy_AFigureOfASentenceNamingOnlyAnotherCountryIsThatCountrys(string sentence, bool expected)
    {
        var asked = AskedValue.Of("how many patrol ships has norway pledged?");

        Assert.Equal(expected, asked.HeldBy(sentence));
    }

    [Theory]
    [InlineData("How many spectators were hurt when the Vardo grandstand collapsed?", "The Vardo collapse has now claimed 31 lives, officials said.", false)]
    [InlineData("How many spectators were hurt when the Vardo grandstand collapsed?", "The Vardo grandstand collapse killed 12 spectators and injured 40.", true)]
    [InlineData("How many spectators were hurt when the Vardo grandstand collapsed?", "The Vardo grandstand collapse left 40 spectators in hospital.", true)]
    [InlineData("How many spectators died when the Vardo grandstand collapsed?", "Forty spectators were hurt when the Vardo grandstand fell.", false)]
    [InlineData("How many casualties were there when the Vardo grandstand collapsed?", "The Vardo grandstand collapse killed 12 spectators.", true)]
    [InlineData("How many spectators died when the Vardo grandstand collapsed?", "The Vardo collapse claimed 12 lives and injured more than 40 spectators.", true)]
    public void HeldBy_ACountOfTheDeadDoesNotSayHowManyWereInjured(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("Kari Lunde, 54, runs the Vardo ferry.", true)]
    [InlineData("The 54-year-old has run the Vardo ferry since 2010.", true)]
    [InlineData("Lunde, aged 54, sailed the 300km route.", true)]
    [InlineData("She took over the ferry at the age of 41.", true)]
    [InlineData("The ferry was built in 1962 at Trondheim.", true)]
    [InlineData("The centuries-old quay was rebuilt.", true)]
    [InlineData("Lunde won the 60m and the 200m in 2004.", false)]
    [InlineData("Kari Lunde took the ferry across the 5km sound 12 times.", false)]
    public void HeldBy_HowOld_OnlyAnAgeAsNewsStatesOne(string sentence, bool expected)
    {
        var asked = AskedValue.Of("How old is Kari Lunde?");

        Assert.True(asked.Age);
        Assert.Equal(expected, asked.HeldBy(sentence));
    }

    [Fact]
    public void Of_HowFarOrHowLong_AsksNoAge()
    {
        Assert.False(AskedValue.Of("How long is the Vardo ferry route?").Age);
        Assert.False(AskedValue.Of("How far did Kari Lunde sail?").Age);
    }
}
