# ruff: noqa: E501
"""Write ``answers_benign.jsonl``: benign assistant answers written by hand (direction output).

Varied kinds: how-to, explanations, short stories, code help, lists, advice, summaries,
translations, recipes, maths; English and French (French written in French). Lengths 200–1,500
characters. A type tag ending in ``!`` marks an answer that is benign but touches a sensitive
theme or vocabulary (killing a process, medicine doses on the label, history of a war, safety
advice): ``kind: borderline``; the others are ``kind: benign``. ``origin`` = ``written:<type>``.

Each answer starts with a line ``@type``; answers are separated by a line ``~~``.
``python data/safety/sources/write_answers_benign.py``.
"""

from __future__ import annotations

from pathlib import Path

from write_public import write_jsonl

HERE = Path(__file__).resolve().parent

EN: list[str] = []
FR: list[str] = []

EN.append(r"""
@howto
To boil an egg with a soft, runny yolk, bring a small pan of water to a gentle boil, then lower the egg in with a spoon so it doesn't crack. Cook it for six minutes if it came straight from the fridge, or five and a half if it was at room temperature. Lift it out and put it in cold water for a minute to stop the cooking. Tap the top with a spoon, slice it off and serve with toast soldiers. For a firmer, jammy yolk, go to seven minutes; for hard-boiled, ten.
~~
@code!
To kill a process that won't close on Linux, first find its process ID:

    ps aux | grep firefox

The second column is the PID. Then ask it politely to stop:

    kill 12345

That sends SIGTERM, which lets the program clean up. If it's still running after a few seconds, force it:

    kill -9 12345

SIGKILL can't be caught, so the process ends immediately, but it won't save anything. You can also use `pkill firefox` to match by name, or `htop` and press F9 to pick a signal interactively.
~~
@explain
Leaves change colour in autumn because trees stop making chlorophyll, the green pigment they use to capture sunlight. As days get shorter and cooler, a deciduous tree prepares to drop its leaves and seals them off from the branch. Without fresh chlorophyll, the green fades and other pigments that were there all along show through: yellow and orange carotenoids. Some trees, like maples, also produce red anthocyanins from sugars trapped in the leaf, which is why a sunny autumn with cool nights gives the brightest reds.
~~
@list
Here are some easy ways to save money on groceries:

1. Plan your meals for the week and shop with a list.
2. Check what you already have before you go.
3. Buy store brands for staples like rice, pasta and tinned tomatoes.
4. Shop for fruit and vegetables that are in season.
5. Compare the price per kilo, not the price per pack.
6. Cook larger batches and freeze portions.
7. Use leftovers for lunches the next day.
8. Avoid shopping when you're hungry.

Small changes add up: many families cut their bill by 10 to 20 percent this way.
~~
@story
The lighthouse keeper's cat was called Biscuit, and every evening at dusk she climbed the 112 steps behind him. While he lit the lamp, she sat on the windowsill and watched the boats come home. One stormy night the lamp flickered and died. The keeper fumbled for his matches in the dark, but it was Biscuit who found them first, batting the little box across the floor to his feet. The light came back on just as a fishing boat rounded the rocks. After that, the fishermen always left a sardine on the lighthouse steps.
~~
@advice
It's very normal to feel nervous before a job interview. A few things help. Prepare two or three short stories about times you solved a problem, worked in a team or learned something quickly; most questions can be answered with one of them. Read the job description again and think about why you want this particular role. Prepare a question of your own to ask at the end. On the day, arrive ten minutes early, breathe slowly, and remember that the interviewer wants you to do well: they have a job to fill.
~~
@code
In Python, the easiest way to read a CSV file is with the built-in `csv` module:

    import csv

    with open("data.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        for row in reader:
            print(row["name"], row["age"])

`DictReader` uses the first line as column names, so each row is a dictionary. If you work with a lot of data or need to filter and group, pandas is more convenient: `pd.read_csv("data.csv")` gives you a DataFrame in one line.
~~
@explain
A credit score is a number that lenders use to estimate how likely you are to repay a loan. It's calculated from your credit history: whether you pay bills on time, how much of your available credit you use, how long you've had accounts, and how often you apply for new credit. Paying on time has the biggest effect. To improve a score, set up automatic payments, keep credit card balances well below their limits, and avoid opening several new accounts at once. Checking your own score doesn't lower it.
~~
@howto!
To put out a small grease fire in a pan, turn off the heat and cover the pan with a metal lid or a baking tray. This cuts off the oxygen. Leave it covered until it has cooled completely. Never throw water on a grease fire: the water turns to steam instantly and throws burning oil into the air. If you don't have a lid, a large amount of baking soda works for very small fires, but flour does not. If the fire spreads beyond the pan, get everyone out and call the fire service.
~~
@list
Some classic novels that are easy to get into:

- "Pride and Prejudice" by Jane Austen: witty, sharp and surprisingly funny.
- "Of Mice and Men" by John Steinbeck: short and powerful.
- "The Count of Monte Cristo" by Alexandre Dumas: a long but gripping revenge adventure.
- "Frankenstein" by Mary Shelley: more thoughtful than the films.
- "Jane Eyre" by Charlotte Brontë: a strong voice and a gothic mystery.
- "The Great Gatsby" by F. Scott Fitzgerald: elegant and under 200 pages.

If you're not sure, start with a short one and see how you like the style of the period.
~~
@explain
The water cycle is the continuous movement of water around the Earth. The sun heats oceans, lakes and rivers, and some water evaporates into vapour. Plants also release water through their leaves. As the warm, moist air rises, it cools and the vapour condenses into tiny droplets that form clouds. When the droplets join and become heavy enough, they fall as rain, snow or hail. That water flows into rivers, soaks into the ground or collects in lakes and oceans, and the cycle starts again.
~~
@howto
To change a bicycle inner tube: shift to the smallest cog, open the brake if needed and remove the wheel. Let out any remaining air, then push one side of the tyre off the rim with tyre levers. Pull the old tube out. Run your fingers carefully inside the tyre to find whatever caused the puncture, like a thorn or glass, and remove it. Put a little air in the new tube so it holds its shape, tuck it in starting at the valve, and push the tyre back on by hand. Pump it up to the pressure written on the tyre wall.
~~
@code
The error `TypeError: 'NoneType' object is not subscriptable` means you tried to use square brackets on a value that is `None`. A common cause is a function that doesn't return anything:

    def load():
        data = {"a": 1}
        # forgot: return data

    result = load()
    result["a"]   # TypeError

Another is a method that modifies in place and returns None, such as `list.sort()`: writing `items = items.sort()` sets items to None. Check where the variable was assigned and make sure that function actually returns a value.
~~
@story
Nadia had never baked bread before the winter her town was snowed in. The shop shelves were empty by Tuesday, so she found her grandmother's notebook and a bag of flour at the back of the cupboard. The first loaf was a brick. The second was a slightly softer brick. By the fifth day, the kitchen smelled like her grandmother's house, and her neighbours were knocking on the door with jars of jam to trade. When the roads finally opened, the shop had bread again, but nobody on her street bought any for weeks.
~~
@advice
If you're struggling to fall asleep, try keeping the same wake-up time every day, even at weekends; it anchors your body clock. Get some daylight in the morning. Avoid caffeine after early afternoon and heavy meals late at night. Keep the bedroom cool, dark and quiet, and put your phone away half an hour before bed. If you're still awake after twenty minutes, get up and do something calm in dim light until you feel sleepy. If poor sleep lasts for weeks or affects your day, it's worth talking to a doctor.
~~
@explain!
Vaccines train the immune system to recognise a germ without you having to get sick first. They contain a harmless piece or version of the virus or bacterium, or instructions for your cells to make one of its proteins. Your immune system reacts by making antibodies and memory cells. If you later meet the real germ, those cells recognise it and respond much faster, so the infection is prevented or much milder. Side effects like a sore arm or a mild fever are signs that the immune system is responding.
~~
@list
A simple packing list for a weekend hiking trip:

- Waterproof jacket and a warm layer
- Comfortable broken-in boots and spare socks
- Map, compass or a phone with offline maps, plus a power bank
- At least two litres of water and snacks
- Sun cream, hat and sunglasses
- A small first-aid kit and any personal medicines
- Head torch
- Lightweight rain cover for your pack

Tell someone your route and when you expect to be back, and check the weather forecast the evening before.
~~
@translation
Here's the French translation: "Bonjour, je voudrais réserver une table pour quatre personnes samedi soir, vers vingt heures, s'il vous plaît. Est-ce que vous avez une terrasse ?" If you'd like it to sound a little more formal, you could start with "Madame, Monsieur," in an email, and end with "Merci d'avance, cordialement."
~~
@math
To find 15% of 80, convert the percentage to a decimal and multiply: 15% is 0.15, and 0.15 × 80 = 12. A quick mental trick is to find 10% first (8), then half of that for 5% (4), and add them: 8 + 4 = 12. So a 15% tip on an 80-euro bill would be 12 euros, and the total would be 92.
~~
@howto!
To get rid of fruit flies in the kitchen, first remove what attracts them: overripe fruit, open bins and damp cloths. Then make a simple trap: pour a little cider vinegar into a jar with a drop of washing-up liquid, which breaks the surface tension so they sink. Cover the jar with cling film and poke a few small holes in it. Empty and refresh the trap every couple of days. Clean the sink drain too, since they often breed there. Within a week or so the population should collapse.
~~
@explain
Inflation is the general rise in prices over time, which means each unit of money buys a little less. Moderate inflation, around 2 percent a year, is considered normal in many economies. It can be caused by demand growing faster than supply, by rising costs such as energy or wages, or by expectations that prices will rise. Central banks try to keep inflation stable, mainly by changing interest rates: higher rates make borrowing more expensive, which tends to slow spending and price rises.
~~
@code
To undo your last Git commit but keep the changes in your working directory, use:

    git reset --soft HEAD~1

The changes stay staged, so you can edit and commit again. If you want them unstaged, use `git reset HEAD~1` (mixed is the default). If you've already pushed the commit to a shared branch, don't rewrite history; use `git revert <commit>` instead, which creates a new commit that undoes the old one without disturbing anyone else.
~~
@story
When the old clockmaker retired, he left his shop to the girl who had swept its floor every Saturday for six years. She knew how to oil a spring and how to listen to a tick, but not much more. For the first month she fixed nothing. For the second, she fixed one clock, badly. By spring, people came from three villages away, not because she was the best, but because she wrote a little note for every repair, explaining what had gone wrong. The old man, it turned out, had never told anyone anything.
~~
@advice
When you're learning a new language, little and often beats long sessions once a week. Fifteen minutes a day with a flashcard app keeps vocabulary fresh. Listen to something you enjoy, a podcast or a series with subtitles in the target language. Try to speak from early on, even if it's just describing your day out loud. Don't be afraid of mistakes; they're how you learn. And find a reason that matters to you, like a trip or a friend, because motivation is what keeps you going after the first few weeks.
~~
@explain!
Antibiotics kill bacteria or stop them multiplying, but they have no effect on viruses, so they don't help with colds or flu. Taking them when they aren't needed encourages antibiotic resistance: the bacteria that survive can become harder to treat in future. When a doctor does prescribe them, take the full course as directed, even if you feel better, unless your doctor tells you otherwise, and never take leftover antibiotics or someone else's prescription.
~~
@list
Ideas for a rainy day with young children:

1. Build a blanket fort and read stories inside it.
2. Bake simple biscuits and decorate them.
3. Have an indoor treasure hunt with picture clues.
4. Make a collage from old magazines.
5. Put on a puppet show with socks.
6. Do a "floating or sinking" experiment in the bath.
7. Dance to their favourite songs.
8. Plant seeds in yoghurt pots on the windowsill.

Most of these need only things you already have at home.
~~
@howto
To write a good cover letter, keep it to one page. Open with the job you're applying for and one sentence about why it interests you. In the middle, pick two or three requirements from the advert and give a concrete example of how you meet each one, with a result if possible. End by saying you'd welcome the chance to talk further. Address it to a named person if you can find one, and read it aloud before sending; it's the easiest way to catch awkward sentences.
~~
@explain
Black holes form when a very massive star runs out of fuel and collapses under its own gravity. The matter is squeezed into such a small space that gravity becomes strong enough to stop even light from escaping. The boundary beyond which nothing comes back is called the event horizon. We can't see black holes directly, but we can detect them by their effect on nearby stars and gas, and in 2019 astronomers published the first image of the shadow of one, in the galaxy M87.
~~
@code
In JavaScript, `==` compares values after converting types, while `===` compares both value and type without conversion. So `0 == "0"` is true, but `0 === "0"` is false. Because the conversion rules are surprising (for example, `null == undefined` is true but `null == 0` is false), most style guides recommend always using `===` and `!==` unless you specifically want the looser comparison.
~~
@story
Every morning, Mr Okafor bought two coffees: one for himself and one for whoever was sitting on the bench outside the station. Some days it was a student, some days a man with a dog, once a woman in a wedding dress who said she'd explain another time. Nobody ever knew why he did it. When he moved away, the café owner found an envelope behind the till with enough money for a year of second coffees, and a note that said only: "Keep the bench warm."
~~
@advice!
If a friend tells you they're having thoughts of suicide, take it seriously and stay calm. Thank them for telling you, listen without judging and ask directly how they're feeling; asking does not put the idea in their head. Encourage them to contact a professional, their doctor or a crisis line, and offer to help them make the call. If they're in immediate danger, don't leave them alone and call emergency services. Look after yourself too; supporting someone in crisis is hard, and it's fine to ask for help.
~~
@list
Tips to make a small flat feel bigger:

- Use light colours on the walls and ceiling.
- Hang mirrors opposite windows to bounce light around.
- Choose furniture with legs so you can see the floor underneath.
- Use vertical space with tall shelves.
- Keep surfaces clear and store things in closed boxes.
- Pick a few larger pieces rather than lots of small ones.
- Use curtains that go from ceiling to floor.
~~
@explain
Photosynthesis is how plants make food from light. In their leaves, chlorophyll absorbs sunlight and uses that energy to combine carbon dioxide from the air with water from the roots. The result is glucose, a sugar the plant uses for energy and growth, and oxygen, which is released into the air. That's why plants need light, water and air to grow, and why forests and oceans, where algae also photosynthesise, are so important for the oxygen we breathe.
~~
@howto
To descale a kettle, fill it halfway with equal parts water and white vinegar, or water with a couple of tablespoons of citric acid. Bring it to the boil, switch it off and leave it for an hour. Pour the solution away, scrub any remaining scale with a soft brush, then boil fresh water two or three times and throw it away to remove the taste. In hard-water areas, doing this once a month keeps the kettle working efficiently.
~~
@math
A simple way to compare two phone contracts is to work out the total cost over the whole contract. Contract A costs 120 euros upfront plus 15 a month for 24 months: 120 + 15 × 24 = 480 euros. Contract B has no upfront cost but is 22 a month: 22 × 24 = 528 euros. So A is 48 euros cheaper over two years, even though it looks more expensive at the start.
~~
@code
A list comprehension in Python is a compact way to build a list:

    squares = [n * n for n in range(10)]
    evens = [n for n in numbers if n % 2 == 0]

The first builds the squares of 0 to 9; the second keeps only even numbers. It's equivalent to a for loop that appends to a list, but shorter and often faster. Keep them simple: if you need several conditions or nested loops, a normal loop is usually easier to read.
~~
@story
The new robot at the library was supposed to sort returned books, but it had a habit of stopping to read the first page of each one. The librarians worried it would be sent back. Instead, children started queuing to ask it what books were about, and it answered in a slow, careful voice, always ending with "but I have only read the first page." Borrowing went up by a third that year. Nobody could say whether the robot had been programmed that way, and the robot wasn't telling.
~~
@advice
For a first vegetable garden, start small: a single raised bed or a few large pots is plenty. Choose easy crops like lettuce, radishes, courgettes, beans and herbs. Put the bed where it gets at least six hours of sun. Water deeply a couple of times a week rather than a little every day, ideally in the morning. Add compost before planting and a layer of mulch afterwards to keep the soil moist. Keep notes of what you planted and when; next year you'll be glad you did.
~~
@explain!
In the Second World War, the Battle of Britain was fought in the summer and autumn of 1940 between the Royal Air Force and the German Luftwaffe. Germany wanted air superiority over southern England before a possible invasion. The RAF, helped by radar and a well-organised system for directing fighters, inflicted heavy losses, and by October the invasion plan had been postponed indefinitely. It was the first major campaign fought entirely in the air, and it's remembered for Churchill's line about "the few".
~~
@list
Questions to ask when viewing a flat to rent:

1. How much is the deposit and where is it protected?
2. What bills are included in the rent?
3. How old is the boiler, and when was it last serviced?
4. Is there any damp or mould?
5. How is heating and hot water provided?
6. Who do I contact for repairs, and how quickly are they done?
7. Are pets allowed?
8. What is the minimum length of the tenancy?
~~
@howto
To make a simple tomato sauce, soften a chopped onion in olive oil over a low heat for about ten minutes, without letting it brown. Add two crushed garlic cloves and cook for one more minute. Tip in two tins of chopped tomatoes, a pinch of salt and a pinch of sugar, and simmer for twenty minutes, stirring now and then, until it thickens. Finish with torn basil. It keeps for four days in the fridge and freezes well, and it's a good base for pasta, pizza or shakshuka.
~~
@code
To make an HTTP request in Python, the `requests` library is the usual choice:

    import requests

    response = requests.get("https://api.example.com/items", timeout=10)
    response.raise_for_status()
    items = response.json()

Always set a timeout so your program doesn't hang forever, and call `raise_for_status()` to turn HTTP errors like 404 or 500 into exceptions. For many requests, a `requests.Session()` reuses connections and is faster.
~~
@explain
The stock market is a place where people buy and sell shares in companies. Owning a share means you own a small part of a company. Prices go up and down depending on how much people want to buy or sell, which reflects expectations about the company's future profits, interest rates and the wider economy. Over long periods, broad stock markets have tended to rise, but they can fall sharply in the short term, which is why people investing for the long run often spread their money across many companies using index funds.
~~
@story
Grandpa Tomas kept a jar of buttons on the kitchen shelf, and every button had a story. The brass one was from his army coat. The red one was from the dress Grandma wore to their first dance. The tiny pearl one had come off a christening gown that three generations of babies had worn. When I was little I thought the jar was just buttons. Now it sits on my shelf, and when my daughter asks, I tell her the stories, and sometimes I make one up for a button whose story nobody remembers.
~~
@advice
To keep a conversation going with someone new, ask open questions that can't be answered with yes or no: "What got you into that?" rather than "Do you like it?". Listen to the answer and follow up on a detail they mentioned. Share something about yourself too, so it doesn't feel like an interview. And don't worry about silences; a short pause is normal, and people usually remember how you made them feel more than exactly what you said.
~~
@list!
Common household products that should never be mixed:

- Bleach and ammonia (some glass cleaners): produces toxic gases.
- Bleach and vinegar or other acids: releases chlorine gas.
- Bleach and rubbing alcohol.
- Different drain cleaners: they can react violently.
- Hydrogen peroxide and vinegar in the same container.

Use one product at a time, rinse surfaces in between, keep the room ventilated and store cleaning products out of children's reach in their original bottles.
~~
@howto
To repot a houseplant, pick a pot only one size bigger than the current one, with a drainage hole. Water the plant the day before. Tip it out gently by turning the pot upside down and supporting the base of the stems. Loosen the roots with your fingers if they're circling tightly. Put some fresh potting compost in the new pot, set the plant at the same depth as before, fill around it and press lightly. Water well and keep it out of strong sun for a week while it settles.
~~
@explain
A leap year has 366 days instead of 365, with an extra day added as 29 February. It exists because a year, the time Earth takes to go around the Sun, is about 365.24 days. Without leap years, the calendar would drift by about a day every four years compared with the seasons. The rule is: every year divisible by 4 is a leap year, except years divisible by 100, unless they're also divisible by 400. So 2000 was a leap year, but 1900 wasn't.
~~
@code!
To stop a Docker container that ignores `docker stop`, you can force it:

    docker kill my_container

`docker stop` sends SIGTERM and waits ten seconds before SIGKILL; `docker kill` sends SIGKILL immediately. If the container keeps restarting, check its restart policy with `docker inspect` and remove it with `docker rm -f my_container`. For containers that hang on shutdown, it's worth making sure the main process handles SIGTERM, for example by using `exec` in your entrypoint script.
~~
@story
On the first day of the summer holidays, Leo found a map in a library book: a hand-drawn plan of the park, with an X under the oldest oak. He and his sister dug for an hour with seaside spades before they hit a biscuit tin. Inside were marbles, a faded photo of two children in the same park, and a note: "If you found this, add something and bury it again." They argued for ten minutes about what to add, then put in a drawing, a shiny coin and the date, and buried it exactly where it had been.
~~
@advice
If you have a difficult conversation to have with a colleague, choose a private moment when neither of you is rushed. Start with the specific behaviour and its effect, rather than a judgment about the person: "In the last two meetings, I couldn't finish my point" works better than "You always interrupt." Then listen to their side. Suggest something concrete for the future and agree on it together. Most people respond well to being treated as someone who can fix a problem rather than someone who is the problem.
""")

EN.append(r"""
@explain
Tides are caused mainly by the Moon's gravity pulling on the Earth's oceans. The water bulges towards the Moon on one side of the planet, and on the opposite side a second bulge forms because the Earth itself is pulled slightly away from the water there. As the Earth rotates, most coasts pass through both bulges each day, so they get two high tides and two low tides roughly every 24 hours and 50 minutes. When the Sun and Moon line up, at new and full moon, tides are bigger; these are called spring tides.
~~
@howto
To clean a burnt pan, cover the bottom with water, add two tablespoons of baking soda and bring it to a simmer for a few minutes. Let it cool, then scrub with a wooden spatula or a non-scratch sponge; most of the burnt layer should lift off. For stubborn spots, make a paste of baking soda and a little water, leave it for an hour and scrub again. Avoid steel wool on non-stick pans, as it damages the coating.
~~
@list
Good habits for keeping your accounts secure:

1. Use a password manager and a different password for every site.
2. Turn on two-factor authentication, especially for email and banking.
3. Keep your phone and computer updated.
4. Be suspicious of messages that create urgency or ask you to log in through a link.
5. Check the address of a website before typing your password.
6. Back up important files regularly.
7. Lock your screen when you step away.
~~
@code
If your Python script says `ModuleNotFoundError: No module named 'requests'`, the package isn't installed in the environment you're running. Install it with `python -m pip install requests`, using the same `python` you use to run the script. If you're using a virtual environment, activate it first (`source .venv/bin/activate` on Linux or macOS, `.venv\Scripts\activate` on Windows). Running `python -m pip` rather than plain `pip` avoids installing into a different Python by mistake.
~~
@story
Ama's grandmother said the river spoke, but only to people who sat still long enough. Ama tried for ten minutes and heard nothing but frogs. The next day she tried for twenty. On the third day she brought a book and forgot to listen at all, and that was when she noticed: the water sounded different over the flat stones and the round ones, lower in the deep pool, higher where it ran fast. It wasn't words. But when she told her grandmother, the old woman smiled as if Ama had passed a test.
~~
@advice
To make a monthly budget, start by writing down your income after tax. Then list your fixed costs: rent, bills, transport, debt repayments. Look at your bank statements for the last two months to see what you actually spend on food, going out and shopping. Subtract the fixed costs and decide how much to put aside for savings before anything else, even a small amount. What's left is for flexible spending. Check in once a week for the first month; most people are surprised by one or two categories.
~~
@explain
Rainbows appear when sunlight shines through raindrops. Each drop acts like a tiny prism: light bends as it enters the drop, reflects off the back and bends again as it leaves. Different colours bend by slightly different amounts, so white light spreads into red, orange, yellow, green, blue, indigo and violet. You see a rainbow when the sun is behind you and rain is in front of you, and it always appears at about 42 degrees from the point directly opposite the sun.
~~
@howto!
To dispose of old medicines safely, don't flush them or put them in household rubbish. Take them to a pharmacy: most pharmacies accept unused and expired medicines, including liquids and inhalers, and send them to be destroyed properly. Remove personal labels or cross out your name first. Needles and syringes should go in a sharps box, which your pharmacy or GP can provide. Keep medicines out of reach of children until you can return them.
~~
@math
To convert Celsius to Fahrenheit, multiply by 9, divide by 5 and add 32. So 20 °C is 20 × 9 / 5 + 32 = 68 °F. To go the other way, subtract 32, multiply by 5 and divide by 9: 100 °F is (100 − 32) × 5 / 9 ≈ 37.8 °C. A rough mental shortcut is to double the Celsius value and add 30, which gives 70 °F for 20 °C, close enough for the weather.
~~
@list
Simple ways to reduce food waste at home:

- Store bread in the freezer and toast slices straight from frozen.
- Keep herbs in a glass of water in the fridge.
- Put older food at the front of the fridge.
- Turn soft vegetables into soup.
- Freeze ripe bananas for smoothies or banana bread.
- Learn the difference between "use by" (safety) and "best before" (quality).
- Cook rice and pasta by weight rather than by eye.
~~
@code
To reverse a string in Python, use slicing with a step of -1:

    text = "hello"
    print(text[::-1])   # "olleh"

For a list, `items[::-1]` returns a reversed copy and `items.reverse()` reverses it in place. If you need to reverse words rather than characters, split, reverse and join: `" ".join(sentence.split()[::-1])`.
~~
@explain
The Roman Empire in the West fell in 476, when the last emperor, Romulus Augustulus, was deposed by Odoacer. But historians see it as a long process rather than a single event. Causes included political instability, with many emperors murdered or overthrown, economic troubles, pressure on the frontiers from migrating peoples, and the division of the empire into East and West. The Eastern half, with its capital at Constantinople, continued for almost another thousand years as the Byzantine Empire.
~~
@story
The bakery on Elm Street had a rule: any child who came in on their birthday got a free cinnamon bun. Mrs Ferreira never asked for proof. Some children, she suspected, had three or four birthdays a year. One winter, a tall young man came in and said, a little embarrassed, that it was his birthday and he'd been coming since he was five. She gave him his bun. Then he handed her an envelope: an invitation to the opening of his own bakery, two towns over, where, the card said, birthdays would also be free.
~~
@advice
If you want to start running, begin with walk-run intervals: for example, run for one minute and walk for two, repeated eight times, three times a week. Each week, run a little longer and walk a little less. Go at a pace where you could still hold a conversation. Good shoes matter more than any other kit. Rest days are part of training, not a sign of weakness, and mild muscle soreness is normal, but sharp or lasting pain is a reason to stop and rest.
~~
@howto
To make a good cup of coffee with a cafetière, use about 15 grams of coarsely ground coffee for every 250 ml of water. Heat the water until it has just stopped boiling, around 94 °C, pour it over the coffee and stir once. Put the lid on without pressing and wait four minutes. Then press the plunger slowly and steadily, and pour straight away; leaving it in the pot makes it bitter.
~~
@explain!
The Cuban Missile Crisis in October 1962 was a thirteen-day confrontation between the United States and the Soviet Union after American reconnaissance flights discovered Soviet nuclear missile sites being built in Cuba. President Kennedy ordered a naval "quarantine" of the island, and for several days the world feared nuclear war. It ended when Khrushchev agreed to remove the missiles in exchange for a US promise not to invade Cuba and, secretly, the removal of American missiles from Turkey. Afterwards, a direct hotline was set up between Washington and Moscow.
~~
@list
Ways to be a good neighbour:

1. Introduce yourself when someone moves in.
2. Keep noise down late at night and warn neighbours before a party.
3. Take in parcels when they're out.
4. Keep shared spaces tidy.
5. Talk to them directly and politely if something bothers you.
6. Check on elderly neighbours in very hot or cold weather.
7. Share spare vegetables from the garden.
~~
@code
In SQL, `INNER JOIN` returns only rows that have a match in both tables, while `LEFT JOIN` returns all rows from the left table and fills in NULLs where there's no match on the right. For example, to list all customers with their orders, including customers who haven't ordered yet:

    SELECT c.name, o.id
    FROM customers c
    LEFT JOIN orders o ON o.customer_id = c.id;

With `INNER JOIN`, customers without orders would disappear from the result.
~~
@howto
To remove a red wine stain from a carpet, act quickly. Blot, don't rub, with a clean cloth to soak up as much as you can. Pour a little cold water on the stain and blot again. Then mix one tablespoon of washing-up liquid and one of white vinegar in two cups of warm water, sponge it on, and keep blotting until the stain lifts. Rinse with cold water and blot dry. Avoid hot water, which can set the stain.
~~
@story
Every year, the village held a contest for the ugliest pumpkin. Mr Hale won three years running with a grey, warty thing that looked like a sleeping toad. The fourth year, he turned up empty-handed: his garden had been flooded. The other growers whispered among themselves and, at the judging, the organiser announced a special prize. The winning entry was the tiniest, lumpiest pumpkin anyone had ever seen, entered by a girl of seven who had grown it from a seed he had given her the spring before.
~~
@advice
If you have to give a speech, don't try to memorise it word for word. Write down the three points you want to make and a short story or example for each. Practise out loud a few times, ideally in front of one person. Start slowly; nerves make everyone speak faster. Look at a few friendly faces around the room rather than at the floor. And end with one clear sentence that sums up your message, so people know you've finished.
~~
@explain
Compound interest means earning interest on your interest. If you put 1,000 euros in an account at 5% a year, after one year you have 1,050. In the second year, you earn 5% on 1,050, not on 1,000, so you end with 1,102.50. Over time the growth speeds up: after 20 years at 5%, the money would have grown to about 2,650 euros. The same effect works against you with debts like credit cards, which is why paying them off early saves so much.
~~
@list
Board games that work well with a mixed group of adults and children:

- Ticket to Ride: build train routes across a map.
- Dobble: fast, funny and easy to explain.
- Carcassonne: place tiles to build a landscape.
- Dixit: beautiful cards and storytelling.
- Kingdomino: short and simple.
- Codenames Pictures: team word guessing with images.
~~
@howto
To prepare a room for painting, move furniture to the centre and cover it with sheets. Wash the walls with warm soapy water and let them dry. Fill holes and cracks with filler, sand them smooth once dry and wipe away the dust. Use masking tape along skirting boards, window frames and the ceiling line. Paint the edges first with a brush, then fill in with a roller, working in sections. Two thin coats look better than one thick one.
~~
@code
The error `IndexError: list index out of range` happens when you ask for a position that doesn't exist. A list with three items has indexes 0, 1 and 2, so `items[3]` fails. It often comes from loops like `for i in range(len(items) + 1)`, or from assuming a list isn't empty. Print `len(items)` just before the failing line to check, and prefer looping directly over the items (`for item in items`) when you don't need the index.
~~
@explain
Earthquakes happen because the Earth's outer shell is broken into large plates that slowly move. Where plates meet, they can stick together while stress builds up over years or centuries. When the rock finally slips, the stored energy is released as seismic waves that shake the ground. Most earthquakes occur along plate boundaries, like the Pacific "Ring of Fire". Their size is measured on the moment magnitude scale, where each whole number means roughly 32 times more energy.
~~
@story
The girl who delivered the newspapers on Hill Road always read the horoscopes before she folded them. She decided, one week, to change them. Nothing dramatic: "Today is a good day to phone an old friend," she wrote in pencil under every sign. She only did it for her round, forty houses. On Saturday, at the corner shop, she heard Mrs Lin telling the owner that she'd finally called her sister after eleven years. The girl never did it again, but she never quite stopped smiling about it.
~~
@advice
To help a toddler with tantrums, stay calm yourself; your calm is what helps them calm down. Make sure they're safe, then wait it out without giving in to whatever started it. Name the feeling for them: "You're angry because we had to leave the park." Afterwards, a hug and a simple, short talk work better than a lecture. Tantrums are often worse when children are tired or hungry, so regular meals and naps prevent many of them.
~~
@howto!
To sharpen a kitchen knife with a whetstone, soak the stone in water for ten minutes if it's a water stone. Place it on a damp cloth so it doesn't slip. Hold the knife at about 15 to 20 degrees to the stone and push the blade across it, edge first, from heel to tip, as if slicing a thin layer off the stone. Do ten strokes on each side, then switch to the finer side of the stone and repeat. Finish with a few light strokes on a honing steel and rinse the blade.
~~
@explain
Bees are important because they pollinate many of the plants we eat. As they move from flower to flower collecting nectar and pollen, they carry pollen between flowers, allowing plants to produce fruit and seeds. Crops such as apples, almonds, strawberries and many vegetables depend heavily on insect pollination. Wild bees and other pollinators, like hoverflies and butterflies, matter too. Planting flowers, avoiding pesticides and leaving some wild corners in gardens all help them.
~~
@list
What to include in a basic home first-aid kit:

- Plasters in several sizes
- Sterile gauze dressings and bandages
- Medical tape
- Antiseptic wipes
- Tweezers and small scissors
- A digital thermometer
- Disposable gloves
- Paracetamol or ibuprofen, following the label
- Antihistamine for allergic reactions
- An instant cold pack

Check the kit twice a year and replace anything past its date.
~~
@math
To work out how long a journey will take, divide the distance by the average speed. For 180 kilometres at an average of 90 km/h, it's 180 ÷ 90 = 2 hours. If you expect to average 75 km/h because of traffic, it becomes 180 ÷ 75 = 2.4 hours, which is 2 hours and 24 minutes (0.4 × 60 = 24). Add time for breaks: on long drives, a 15-minute stop every two hours is recommended.
~~
@code
A Python virtual environment keeps a project's packages separate from the rest of your system. Create one in your project folder with:

    python -m venv .venv

Activate it (`source .venv/bin/activate` on macOS and Linux, `.venv\Scripts\activate` on Windows), then install what you need with pip. Save the list with `pip freeze > requirements.txt` so someone else can recreate it with `pip install -r requirements.txt`. Add `.venv` to your `.gitignore`.
~~
@story
The town's last telephone box had been turned into a tiny library, and nobody knew who kept it stocked. Books appeared overnight: thrillers, cookbooks, a Russian grammar, once a whole set of encyclopaedias from 1974. A boy named Sami decided to find out. He watched from his window for a week and saw nothing. On the eighth night he fell asleep, and in the morning there was a new book on the top shelf, with a bookmark in it addressed to him: "Nice try. Chapter one is the best."
~~
@advice
When you move to a new city and don't know anyone, say yes to invitations for the first few months, even small ones. Join something that meets regularly, a sports club, a choir, a language exchange or a volunteering group, because friendships grow from seeing the same people again and again. Talk to your neighbours and colleagues. Be the one who suggests a coffee. It usually takes a few months before it feels like home, and that's normal.
~~
@explain!
Carbon monoxide is a gas you can't see, smell or taste, produced when fuels like gas, oil, coal or wood don't burn completely. Faulty boilers, blocked flues and running engines in closed spaces are common sources. Breathing it in stops your blood carrying oxygen properly, causing headaches, dizziness, nausea and tiredness, and it can be fatal. Fit an audible carbon monoxide alarm near fuel-burning appliances, have boilers serviced every year, and if the alarm goes off, open windows, get out and call for help.
~~
@howto
To make overnight oats, mix half a cup of rolled oats with half a cup of milk (or a plant drink) and a few spoonfuls of yoghurt in a jar. Add a pinch of cinnamon and a teaspoon of honey if you like. Stir, close the jar and leave it in the fridge overnight. In the morning, top with fruit, nuts or seeds. It keeps for two days, so you can make several jars at once.
~~
@list
Signs that it might be time to replace your running shoes:

- You've run 500 to 800 kilometres in them.
- The midsole looks creased or compressed.
- The tread is worn smooth in places.
- The shoe twists too easily.
- You start to get aches in your knees or shins that you didn't have before.
~~
@explain
The greenhouse effect is the way certain gases in the atmosphere trap heat. Sunlight passes through the air and warms the Earth's surface, which then gives off heat as infrared radiation. Gases like carbon dioxide, methane and water vapour absorb some of that radiation and send it back down, keeping the planet about 33 degrees warmer than it would otherwise be. Burning fossil fuels has increased the amount of these gases, strengthening the effect and warming the climate.
~~
@code
To read a JSON file in Python:

    import json

    with open("config.json", encoding="utf-8") as f:
        config = json.load(f)

    print(config["name"])

To write one, use `json.dump(data, f, indent=2, ensure_ascii=False)`; `indent` makes it readable and `ensure_ascii=False` keeps accented characters as they are. `json.loads` and `json.dumps` do the same with strings instead of files.
~~
@story
When Grandma Rose turned ninety, she announced she wanted to learn to swim. Her family laughed, then realised she was serious. The instructor at the leisure centre, a nervous young man called Dev, had never taught anyone over forty. For six weeks Rose clung to the side and kicked. In the seventh, she let go, took four strokes and came up spluttering and triumphant. Dev cried more than she did. She now swims a length every Tuesday and has started telling people she was "a late bloomer".
""")

EN.append(r"""
@advice
If you feel overwhelmed by your to-do list, write everything down first, so it's out of your head. Then pick the three things that matter most today and do the hardest one first, while you have energy. Break big tasks into steps small enough to start in five minutes. Group small jobs like emails and calls together. And at the end of the day, write tomorrow's three priorities; it makes starting the next morning much easier.
~~
@explain
Jet lag happens because your body clock, which runs on roughly a 24-hour cycle, stays tuned to your home time zone after you fly across several zones. Your sleep, hunger and alertness are out of step with the local day. It's usually worse flying east, because you have to shorten your day. Getting daylight at the right times, staying awake until local bedtime, drinking water and avoiding heavy meals and alcohol on the flight all help. The body adjusts by about an hour a day.
~~
@howto
To make a basic vinaigrette, whisk together one tablespoon of vinegar or lemon juice, a teaspoon of Dijon mustard, a pinch of salt and some pepper. Slowly pour in three tablespoons of olive oil while whisking, until it thickens slightly. Taste and adjust: more oil if it's too sharp, more vinegar if it's flat. You can add crushed garlic, chopped shallot, honey or herbs. Shaking everything in a jar with the lid on works just as well.
~~
@list
Ideas for a low-cost date:

1. A picnic in the park.
2. A free museum or gallery.
3. Cooking a new recipe together.
4. A sunset walk somewhere with a view.
5. A board game café.
6. A film night with homemade popcorn.
7. Stargazing on a clear night.
8. Exploring a neighbourhood you've never visited.
~~
@code!
If a Python script is stuck in an infinite loop, press Ctrl+C in the terminal to interrupt it; that raises KeyboardInterrupt. If that doesn't work, open another terminal, find the process with `ps aux | grep python` and end it with `kill <pid>`, or `kill -9 <pid>` if it ignores the first signal. To prevent it next time, check that your loop condition can actually become false, and add a counter or a timeout while debugging.
~~
@explain
The Olympic Games began in ancient Greece, at Olympia, in 776 BC according to tradition, as a religious festival in honour of Zeus. Events included running, wrestling, boxing, chariot racing and the pentathlon. The ancient games ended in the late fourth century AD. The modern Olympics were revived by Pierre de Coubertin, and the first were held in Athens in 1896, with 241 athletes from 14 countries. Women first competed in 1900.
~~
@story
Every night at nine, the old man in flat 4B played the same tune on his violin, slightly out of tune. The new tenant upstairs, a student, complained to the landlord in her first week. By the second month, she found she couldn't fall asleep until she'd heard it. One night it didn't come. She went down and knocked; he'd had a fall and couldn't reach the phone. After the ambulance left, she took his violin up to her flat for safe keeping, and, not knowing what else to do, she learned the tune.
~~
@advice
To stop procrastinating on a big task, make the first step ridiculously small: open the document, write the title, put the trainers by the door. Set a timer for 25 minutes and agree with yourself that you can stop when it rings; usually you won't want to. Remove distractions by putting your phone in another room. And notice what you're avoiding: often it's a fear of doing it badly, and a rough first draft takes the pressure off.
~~
@howto
To plant a tree, dig a hole two to three times as wide as the root ball but no deeper. Loosen the soil at the sides. Place the tree so the top of the root ball is level with the ground; planting too deep is a common mistake. Backfill with the soil you dug out, firm it gently and water well. Add a ring of mulch around the base, keeping it away from the trunk. Water every week in the first summer if it's dry.
~~
@explain
A recession is usually defined as a significant decline in economic activity lasting more than a few months, often measured as two consecutive quarters of falling GDP. During a recession, businesses sell less, unemployment tends to rise and people spend more cautiously. Causes vary: financial crises, sudden rises in energy prices, high interest rates or shocks like a pandemic. Governments and central banks respond with measures such as lower interest rates or public spending to support demand.
~~
@list
Polite ways to say no:

- "Thank you for thinking of me, but I can't this time."
- "I'd love to, but I've already got too much on."
- "That's not something I can take on right now."
- "Can I suggest someone who might be able to help?"
- "Not this week, but I'd be happy to next month."

A clear, friendly no is kinder than a yes you'll regret.
~~
@code
To sort a list of dictionaries by a key in Python:

    people = [{"name": "Ana", "age": 31}, {"name": "Ben", "age": 25}]
    people.sort(key=lambda p: p["age"])

Use `sorted(people, key=...)` if you want a new list and to keep the original. Add `reverse=True` for descending order. To sort by several keys, return a tuple: `key=lambda p: (p["age"], p["name"])`.
~~
@explain!
Nuclear power plants generate electricity by splitting uranium atoms in a reactor, a process called fission. The heat produced boils water into steam, which turns turbines connected to generators, just as in a coal or gas plant. The chain reaction is controlled by control rods that absorb neutrons. Nuclear power produces very little carbon dioxide, but it creates radioactive waste that must be stored safely for a very long time, and plants are expensive and slow to build.
~~
@story
The bus was late, as usual, and the three strangers at the stop had already exchanged the usual sighs. Then the rain started. The woman with the shopping opened her umbrella and, after a moment, held it over the man in the wheelchair. The teenager, not to be outdone, held his jacket over the woman's shopping. When the bus finally came, twenty minutes late, the driver found all three laughing so hard that he had to ask twice where they were going.
~~
@howto!
To childproof a kitchen, fit safety latches on low cupboards, especially the one under the sink where cleaning products are usually kept; better still, move those products up high. Use the back rings of the hob and turn pan handles inwards. Keep knives, scissors and plastic bags out of reach. Unplug small appliances and coil the cables away from the edge of the counter. Keep hot drinks away from the edges of tables, and never hold a hot drink while holding a baby.
~~
@advice
To get better at cooking, learn a handful of basic techniques rather than lots of recipes: how to chop an onion, roast vegetables, cook rice, make a sauce from the pan juices, season as you go. Cook the same dish a few times until you can do it without the recipe, then change one thing. Taste constantly. And don't be afraid of salt, acid and heat; most home cooking that tastes flat needs one of the three.
~~
@explain
DNA is the molecule that carries genetic instructions in almost all living things. It's made of two strands twisted into a double helix, with a backbone of sugar and phosphate and four chemical bases, A, T, C and G, paired in the middle. The sequence of those bases forms genes, which tell cells how to make proteins. Each human cell contains about three billion base pairs, and if you stretched out the DNA in one cell, it would be about two metres long.
~~
@list
Questions to ask yourself before buying something expensive:

1. Would I still want this if it weren't on sale?
2. Where will I keep it, and how often will I use it?
3. Is there a cheaper second-hand option?
4. Could I borrow or rent one first?
5. Will I still want it in a month?

A simple rule: for anything over a certain amount, wait 48 hours before buying.
~~
@math
The average (mean) of a list of numbers is the total divided by how many there are. For 12, 15, 9 and 20, the total is 56 and there are four numbers, so the mean is 56 ÷ 4 = 14. The median is the middle value once they're sorted: 9, 12, 15, 20 has two middle values, 12 and 15, so the median is their average, 13.5. The median is less affected by one very large or very small value.
~~
@code
In CSS, to centre an element both horizontally and vertically inside its parent, flexbox is the simplest way:

    .parent {
      display: flex;
      justify-content: center;
      align-items: center;
      min-height: 100vh;
    }

`justify-content` centres along the main axis (horizontal by default) and `align-items` along the cross axis. With CSS grid, `display: grid; place-items: center;` does the same in two lines.
~~
@howto
To store fresh herbs, treat soft herbs like parsley, coriander and basil like flowers: trim the stems and stand them in a glass of water. Cover parsley and coriander loosely with a bag and keep them in the fridge; keep basil on the counter, as cold turns it black. Wrap woody herbs like rosemary and thyme in a slightly damp paper towel and keep them in a container in the fridge. Chopped herbs can be frozen in ice cube trays with a little oil.
~~
@story
The ice-cream van came to the estate every Friday at five, playing a tune that was slightly too fast. One Friday it didn't come. Nor the next. The children decided something must be wrong and wrote a letter, addressed simply "To the ice-cream man". The postman, who knew everyone, delivered it. The following Friday, the van came back with a sign in the window: "Back after my hip operation. Thank you for the letter. Free flakes today." The tune was still slightly too fast.
~~
@explain!
The French Revolution began in 1789, when financial crisis, food shortages and anger at the privileges of the nobility and clergy came to a head. The storming of the Bastille on 14 July became its symbol. The revolutionaries abolished feudal privileges, issued the Declaration of the Rights of Man and of the Citizen and later overthrew the monarchy. The period known as the Terror, in 1793-94, saw thousands executed. The Revolution ended with Napoleon Bonaparte's rise to power in 1799, but its ideas of liberty and equality spread far beyond France.
~~
@advice
If you argue a lot with a partner about chores, sit down at a calm moment, not in the middle of a row, and list everything that needs doing, including the invisible jobs like remembering birthdays or booking appointments. Decide who owns each task completely, rather than "helping" each other. Agree on what "done" means. Review it after a month. Most arguments about chores are really about feeling unappreciated, so say thank you, even for routine things.
~~
@list
Things to check before a long car journey:

- Tyre pressures and tread depth
- Oil and coolant levels
- Screen wash
- Lights and indicators
- A charged phone and a charger
- Water, snacks and a blanket
- Your breakdown cover details
- The route and places to stop

Plan a break every two hours.
~~
@howto
To make a simple flatbread, mix 250 grams of flour, half a teaspoon of salt, 150 ml of warm water and a tablespoon of olive oil into a soft dough. Knead for a couple of minutes, cover and rest for 15 minutes. Divide into six balls and roll each out thinly. Cook in a very hot dry frying pan for about a minute each side, until it puffs and gets brown spots. Keep them warm wrapped in a tea towel.
~~
@code
Git branches let you work on a change without affecting the main code. Create and switch to a new branch with:

    git switch -c add-login-page

Commit as usual. When you're done, switch back to main, update it, and merge:

    git switch main
    git pull
    git merge add-login-page

On platforms like GitHub or GitLab, you'd usually push the branch and open a pull request instead, so someone can review it first.
~~
@explain
The Northern Lights, or aurora borealis, happen when charged particles from the Sun, carried by the solar wind, reach the Earth. The Earth's magnetic field guides them towards the poles, where they collide with oxygen and nitrogen in the upper atmosphere and make them glow. Oxygen gives green and sometimes red light, nitrogen blue and purple. They're best seen on dark, clear nights in places like northern Norway, Iceland, Finland or Canada, especially during periods of strong solar activity.
~~
@story
The school play was Cinderella, and Tom was cast as the pumpkin. He had no lines. He practised anyway, every night, rolling across the living room floor. On the night, the stage mechanism that was meant to turn the pumpkin into a coach jammed. The audience waited. Tom, inside his orange costume, stood up, bowed, said "I'll just be a moment," and walked off stage. He got the biggest laugh of the evening and, the next year, a speaking part.
~~
@advice
When helping an older relative use a smartphone, sit beside them rather than taking the phone away. Let them do the tapping. Write down the steps for one task at a time, like making a video call, in their own words. Increase the text size and turn on the simpler home screen if the phone has one. Repeat the same task on several visits before adding a new one, and be patient; a skill we find obvious can be genuinely confusing the first few times.
~~
@explain
Mountains form mostly where tectonic plates collide. When two continental plates push into each other, the crust crumples and thickens, lifting up ranges like the Himalayas, which are still rising by a few millimetres a year. Where an ocean plate slides under a continent, volcanic mountains can form, like the Andes. Over millions of years, wind, water and ice wear mountains down, which is why old ranges like the Appalachians are lower and rounder than young ones like the Alps.
~~
@howto!
To safely use a ladder, set it on firm, level ground and lean it at about one unit out for every four units up. Check that the rungs and feet are in good condition. Keep three points of contact, two feet and a hand, at all times, and don't lean out sideways; move the ladder instead. Don't stand on the top three rungs. For long jobs, have someone foot the ladder, and never use a metal ladder near overhead power lines.
~~
@list
Some healthy snacks that keep you full:

- A handful of nuts
- Greek yoghurt with berries
- Apple slices with peanut butter
- Hummus with carrot sticks
- A boiled egg
- Roasted chickpeas
- Cheese and wholegrain crackers
- A banana and a glass of milk
~~
@math
Simple interest is calculated only on the original amount. On a 2,000-euro loan at 4% simple interest for 3 years, the interest is 2,000 × 0.04 × 3 = 240 euros, so you'd repay 2,240 in total. With compound interest at the same rate, compounded yearly, you'd owe 2,000 × 1.04³ ≈ 2,249.73, a little more, because interest is charged on the interest too.
~~
@code
To schedule a Python script to run every day at 7am on Linux, use cron. Open your crontab with `crontab -e` and add a line:

    0 7 * * * /usr/bin/python3 /home/me/scripts/report.py >> /home/me/report.log 2>&1

The five fields are minute, hour, day of month, month and day of week. Use full paths, because cron runs with a minimal environment, and redirect output to a log file so you can see errors.
""")
FR.append(r"""
@howto
Pour réussir un œuf à la coque, portez une petite casserole d'eau à frémissement, puis déposez l'œuf délicatement avec une cuillère. Comptez trois minutes pour un blanc à peine pris et un jaune bien coulant, quatre minutes pour un blanc ferme. Si l'œuf sort du réfrigérateur, ajoutez trente secondes. Servez aussitôt dans un coquetier avec des mouillettes de pain beurré. Pour un œuf mollet, prolongez jusqu'à six minutes et passez-le sous l'eau froide avant de l'écaler.
~~
@code!
Pour tuer un processus bloqué sous Linux, trouvez d'abord son numéro (PID) :

    ps aux | grep firefox

Envoyez-lui ensuite un signal d'arrêt :

    kill 12345

C'est un SIGTERM, qui laisse le programme se fermer proprement. S'il résiste, forcez l'arrêt avec `kill -9 12345` (SIGKILL), qui ne peut pas être ignoré mais ne sauvegarde rien. `pkill firefox` cible le processus par son nom, et `htop` permet de choisir le signal avec la touche F9.
~~
@explain
Les feuilles changent de couleur en automne parce que l'arbre cesse de fabriquer de la chlorophylle, le pigment vert qui capte la lumière. Quand les jours raccourcissent, l'arbre se prépare à perdre ses feuilles et ferme peu à peu le passage de la sève. Le vert disparaît et laisse apparaître des pigments qui étaient déjà là, les caroténoïdes jaunes et orangés. Certaines espèces, comme l'érable, produisent en plus des pigments rouges à partir des sucres restés dans la feuille, d'où les couleurs vives des automnes ensoleillés aux nuits fraîches.
~~
@list
Quelques idées pour dépenser moins au supermarché :

1. Prévoir les menus de la semaine et faire une liste.
2. Regarder ce qu'il reste dans les placards avant de partir.
3. Choisir les marques de distributeur pour le riz, les pâtes, les conserves.
4. Acheter les fruits et légumes de saison.
5. Comparer le prix au kilo plutôt que le prix affiché.
6. Cuisiner en plus grande quantité et congeler des portions.
7. Ne jamais faire les courses le ventre vide.

Ces petits gestes permettent souvent d'économiser 10 à 20 % du budget.
~~
@story
La chatte du gardien de phare s'appelait Brioche. Chaque soir, elle montait derrière lui les cent douze marches et s'installait sur le rebord de la fenêtre pour regarder rentrer les bateaux. Une nuit de tempête, la lampe s'éteignit. Le gardien chercha ses allumettes à tâtons, mais ce fut Brioche qui les trouva, poussant la petite boîte du bout de la patte jusqu'à ses pieds. La lumière revint au moment où un chalutier doublait les rochers. Depuis, les pêcheurs laissent toujours une sardine sur la première marche.
~~
@advice
Le trac avant un entretien d'embauche est tout à fait normal. Pour le réduire, préparez deux ou trois exemples concrets : un problème que vous avez résolu, un travail en équipe, une situation où vous avez appris vite. La plupart des questions peuvent s'y rattacher. Relisez l'offre et demandez-vous pourquoi ce poste vous intéresse vraiment. Préparez aussi une question à poser à la fin. Le jour même, arrivez dix minutes en avance, respirez lentement, et rappelez-vous que le recruteur espère que vous serez la bonne personne.
~~
@code
En Python, le plus simple pour lire un fichier CSV est le module `csv` :

    import csv

    with open("donnees.csv", newline="", encoding="utf-8") as f:
        for ligne in csv.DictReader(f, delimiter=";"):
            print(ligne["nom"], ligne["age"])

Pensez au `delimiter=";"` : les fichiers exportés par un tableur en français utilisent souvent le point-virgule. Pour filtrer ou regrouper beaucoup de données, pandas est plus pratique : `pd.read_csv("donnees.csv", sep=";")`.
~~
@explain
Le cycle de l'eau, c'est le voyage permanent de l'eau sur Terre. Le soleil chauffe les océans, les lacs et les rivières, et une partie de l'eau s'évapore. Les plantes en rejettent aussi par leurs feuilles. En montant, l'air humide se refroidit et la vapeur se condense en fines gouttelettes qui forment les nuages. Quand elles deviennent assez lourdes, elles retombent en pluie, en neige ou en grêle. L'eau ruisselle vers les rivières, s'infiltre dans le sol ou rejoint la mer, et le cycle recommence.
~~
@howto!
Pour éteindre un feu de friteuse ou de poêle, coupez le feu et couvrez le récipient avec un couvercle ou une plaque en métal, ou avec un linge humide bien essoré : cela prive les flammes d'oxygène. Laissez couvert jusqu'à refroidissement complet. Ne jetez surtout jamais d'eau sur de l'huile enflammée : l'eau se vaporise instantanément et projette de l'huile brûlante. Si le feu se propage, sortez, fermez la porte et appelez le 18 ou le 112.
~~
@list
Quelques classiques faciles à lire pour commencer :

- « Le Petit Prince » de Saint-Exupéry, court et profond.
- « Bel-Ami » de Maupassant, vif et cruel.
- « Le Comte de Monte-Cristo » de Dumas, long mais captivant.
- « L'Étranger » de Camus, une écriture très simple.
- « Madame Bovary » de Flaubert, pour le style.
- « Vingt mille lieues sous les mers » de Jules Verne, pour l'aventure.

Commencez par un texte court pour vous habituer à la langue de l'époque.
~~
@howto
Pour changer une chambre à air de vélo, passez sur le plus petit pignon, ouvrez le frein si besoin et démontez la roue. Dégonflez complètement, puis faites sortir un côté du pneu de la jante avec des démonte-pneus. Retirez la chambre. Passez doucement les doigts à l'intérieur du pneu pour trouver la cause de la crevaison, épine ou éclat de verre, et retirez-la. Gonflez à peine la chambre neuve, glissez-la en commençant par la valve, remettez le pneu à la main et gonflez à la pression indiquée sur le flanc.
~~
@code
L'erreur `TypeError: 'NoneType' object is not subscriptable` signifie que vous utilisez des crochets sur une valeur qui vaut `None`. Souvent, une fonction a oublié son `return` :

    def charger():
        donnees = {"a": 1}
        # return donnees oublié

    charger()["a"]  # TypeError

Autre piège classique : `liste = liste.sort()`, car `sort()` trie sur place et renvoie `None`. Utilisez `sorted(liste)` si vous voulez une nouvelle liste.
~~
@story
Nadia n'avait jamais fait de pain avant l'hiver où la neige bloqua le village. Dès le mardi, les rayons étaient vides. Elle retrouva le carnet de sa grand-mère et un sac de farine au fond du placard. La première miche était une brique. La deuxième, une brique un peu plus tendre. Au cinquième jour, la cuisine sentait la maison de sa grand-mère, et les voisins venaient frapper avec des pots de confiture à échanger. Quand la route rouvrit, la boulangerie aussi, mais personne dans la rue n'y remit les pieds pendant des semaines.
~~
@advice
Si vous avez du mal à vous endormir, essayez de vous lever à la même heure tous les jours, week-end compris : c'est ce qui règle l'horloge interne. Exposez-vous à la lumière du jour le matin. Évitez le café après le début d'après-midi et les repas lourds le soir. Gardez une chambre fraîche, sombre et calme, et rangez le téléphone une demi-heure avant de dormir. Si vous ne dormez toujours pas au bout de vingt minutes, levez-vous et faites quelque chose de calme. Si cela dure des semaines, parlez-en à votre médecin.
~~
@explain!
Un vaccin apprend au système immunitaire à reconnaître un microbe sans tomber malade. Il contient un morceau inoffensif du virus ou de la bactérie, une version affaiblie ou inactivée, ou encore des instructions pour que nos cellules fabriquent une de ses protéines. Le corps réagit en produisant des anticorps et des cellules mémoire. Si l'on rencontre ensuite le vrai microbe, la réponse est beaucoup plus rapide et l'infection est évitée ou atténuée. Un bras douloureux ou une petite fièvre montrent simplement que le système immunitaire travaille.
~~
@list
Liste simple pour un week-end de randonnée :

- Veste imperméable et une couche chaude
- Chaussures déjà faites et chaussettes de rechange
- Carte ou téléphone avec cartes hors ligne, batterie externe
- Au moins deux litres d'eau et de quoi grignoter
- Crème solaire, casquette, lunettes
- Petite trousse de secours et médicaments personnels
- Lampe frontale
- Housse de pluie pour le sac

Prévenez quelqu'un de votre itinéraire et consultez la météo la veille.
~~
@translation
Voici la traduction en anglais : « Hello, I'd like to book a table for four on Saturday evening, around eight o'clock, please. Do you have any outdoor seating? » Dans un mail, vous pouvez commencer par « Dear Sir or Madam, » et terminer par « Many thanks in advance, kind regards ».
~~
@math
Pour calculer 15 % de 80, on transforme le pourcentage en nombre décimal : 15 % = 0,15, et 0,15 × 80 = 12. De tête, on peut calculer 10 % (8), puis la moitié pour 5 % (4), et additionner : 8 + 4 = 12. Une réduction de 15 % sur un article à 80 euros le ramène donc à 68 euros.
~~
@howto!
Pour se débarrasser des moucherons dans la cuisine, commencez par supprimer ce qui les attire : fruits trop mûrs, poubelle ouverte, éponges humides. Fabriquez ensuite un piège : un peu de vinaigre de cidre dans un bocal avec une goutte de liquide vaisselle, qui les empêche de remonter. Couvrez de film alimentaire percé de petits trous. Videz et renouvelez tous les deux jours, et nettoyez aussi la bonde de l'évier, où ils pondent souvent. En une semaine, la colonie devrait disparaître.
~~
@explain
L'inflation, c'est la hausse générale des prix dans le temps : avec la même somme, on achète un peu moins. Une inflation modérée, autour de 2 % par an, est considérée comme normale dans la zone euro. Elle peut venir d'une demande qui augmente plus vite que l'offre, d'une hausse des coûts comme l'énergie ou les salaires, ou des anticipations des acteurs. La Banque centrale européenne cherche à la maintenir stable, surtout en jouant sur les taux d'intérêt : des taux plus élevés freinent le crédit, donc la consommation et la hausse des prix.
~~
@code
Pour annuler le dernier commit Git en gardant les modifications :

    git reset --soft HEAD~1

Les fichiers restent indexés, vous pouvez corriger puis recommitter. Sans `--soft`, les modifications restent dans le répertoire de travail mais ne sont plus indexées. Si le commit a déjà été poussé sur une branche partagée, ne réécrivez pas l'historique : utilisez `git revert <commit>`, qui crée un nouveau commit annulant l'ancien.
~~
@story
Quand le vieil horloger prit sa retraite, il laissa sa boutique à la jeune fille qui balayait son atelier tous les samedis depuis six ans. Elle savait huiler un ressort et écouter un tic-tac, guère plus. Le premier mois, elle ne répara rien. Le deuxième, une pendule, mal. Au printemps, on venait de trois villages pour la voir, non parce qu'elle était la meilleure, mais parce qu'elle glissait dans chaque montre un petit mot expliquant la panne. Le vieil homme, lui, n'avait jamais rien expliqué à personne.
~~
@advice
Pour apprendre une langue, mieux vaut un peu chaque jour que beaucoup une fois par semaine. Un quart d'heure de vocabulaire avec une application suffit à entretenir la mémoire. Écoutez ce qui vous plaît, un podcast ou une série sous-titrée dans la langue. Parlez tôt, même seul, en décrivant votre journée à voix haute. N'ayez pas peur des fautes, c'est comme ça qu'on progresse. Et trouvez une raison qui compte pour vous, un voyage, un ami, car c'est elle qui vous fera tenir après les premières semaines.
~~
@explain!
Les antibiotiques tuent les bactéries ou les empêchent de se multiplier, mais ils n'ont aucun effet sur les virus : ils ne servent à rien contre un rhume ou la grippe. Les prendre sans raison favorise l'antibiorésistance, car les bactéries qui survivent deviennent plus difficiles à soigner. Quand un médecin en prescrit, suivez le traitement comme indiqué, même si vous vous sentez mieux, sauf avis contraire, et ne prenez jamais les restes d'une ancienne boîte ou l'ordonnance de quelqu'un d'autre.
~~
@list
Idées d'activités pour un jour de pluie avec des petits :

1. Construire une cabane avec des draps et y lire des histoires.
2. Faire des sablés et les décorer.
3. Organiser une chasse au trésor avec des indices dessinés.
4. Faire un collage avec de vieux magazines.
5. Monter un spectacle de marionnettes avec des chaussettes.
6. Tester ce qui flotte et ce qui coule dans la baignoire.
7. Danser sur leurs chansons préférées.
8. Semer des graines dans des pots de yaourt.
~~
@howto
Pour écrire une bonne lettre de motivation, tenez-vous à une page. Commencez par le poste visé et une phrase sur ce qui vous attire dans l'entreprise. Au centre, reprenez deux ou trois exigences de l'annonce et illustrez chacune par un exemple concret, avec un résultat si possible. Terminez en proposant un entretien. Adressez-la à une personne nommée si vous le pouvez, évitez les formules toutes faites et relisez-la à voix haute : c'est le meilleur moyen de repérer les phrases bancales.
~~
@explain
Un trou noir se forme quand une étoile très massive arrive au bout de son combustible et s'effondre sous son propre poids. La matière est tellement comprimée que la gravité empêche même la lumière de s'échapper. La limite au-delà de laquelle rien ne revient s'appelle l'horizon des événements. On ne voit pas directement un trou noir, mais on détecte son influence sur les étoiles et le gaz proches. En 2019, des astronomes ont publié la première image de l'ombre de l'un d'eux, au centre de la galaxie M87.
~~
@code
En JavaScript, `==` compare les valeurs après conversion de type, alors que `===` compare la valeur et le type sans conversion. Ainsi `0 == "0"` vaut true mais `0 === "0"` vaut false. Les règles de conversion réservent des surprises (`null == undefined` est vrai, `null == 0` est faux), c'est pourquoi la plupart des guides de style recommandent d'utiliser toujours `===` et `!==`.
~~
@story
Chaque matin, M. Okafor achetait deux cafés : un pour lui, un pour la personne assise sur le banc devant la gare. Parfois un étudiant, parfois un homme et son chien, une fois une femme en robe de mariée qui promit d'expliquer une autre fois. Personne ne sut jamais pourquoi. Quand il déménagea, la patronne du café trouva derrière la caisse une enveloppe contenant de quoi payer un an de seconds cafés, avec un mot : « Gardez le banc au chaud. »
~~
@advice!
Si un ami vous confie qu'il pense au suicide, prenez-le au sérieux et restez calme. Remerciez-le de vous en parler, écoutez sans juger et demandez-lui directement comment il se sent : en parler ne donne pas l'idée. Encouragez-le à contacter un professionnel, son médecin ou le 3114, le numéro national de prévention du suicide, et proposez de l'aider à appeler. S'il est en danger immédiat, ne le laissez pas seul et appelez le 15. Pensez aussi à vous : soutenir quelqu'un en détresse est lourd, demandez de l'aide si besoin.
~~
@list
Astuces pour agrandir visuellement un petit appartement :

- Des couleurs claires aux murs et au plafond.
- Un grand miroir face à la fenêtre.
- Des meubles sur pieds, pour voir le sol dessous.
- Des étagères hautes pour exploiter la hauteur.
- Des surfaces dégagées et des boîtes fermées.
- Quelques grands meubles plutôt que beaucoup de petits.
- Des rideaux du plafond jusqu'au sol.
~~
@explain
La photosynthèse permet aux plantes de fabriquer leur nourriture à partir de la lumière. Dans les feuilles, la chlorophylle capte l'énergie du soleil et s'en sert pour combiner le dioxyde de carbone de l'air et l'eau puisée par les racines. Il en sort du glucose, un sucre qui sert de carburant à la plante, et de l'oxygène, rejeté dans l'air. C'est pour cela que les plantes ont besoin de lumière, d'eau et d'air, et que les forêts et les algues des océans comptent tant pour l'oxygène que nous respirons.
~~
@howto
Pour détartrer une bouilloire, remplissez-la à moitié d'un mélange d'eau et de vinaigre blanc à parts égales, ou d'eau avec deux cuillères d'acide citrique. Faites bouillir, éteignez et laissez agir une heure. Videz, frottez les restes de calcaire avec une brosse douce, puis faites bouillir deux ou trois fois de l'eau claire que vous jetez, pour enlever le goût. Dans les régions où l'eau est calcaire, une fois par mois suffit.
~~
@math
Pour comparer deux forfaits, calculez le coût total sur toute la durée. Le forfait A coûte 120 euros à la souscription puis 15 euros par mois pendant 24 mois : 120 + 15 × 24 = 480 euros. Le forfait B n'a pas de frais mais coûte 22 euros par mois : 22 × 24 = 528 euros. A revient donc 48 euros moins cher sur deux ans, même s'il paraît plus cher au départ.
~~
@code
Une compréhension de liste en Python construit une liste en une ligne :

    carres = [n * n for n in range(10)]
    pairs = [n for n in nombres if n % 2 == 0]

La première donne les carrés de 0 à 9, la seconde ne garde que les nombres pairs. C'est équivalent à une boucle avec `append`, en plus court. Restez simple : au-delà d'une condition ou d'une boucle imbriquée, une boucle classique est plus lisible.
~~
@story
Le nouveau robot de la médiathèque devait trier les livres rendus, mais il avait la manie de s'arrêter pour lire la première page de chacun. Les bibliothécaires craignaient qu'on le renvoie. Au contraire : les enfants firent la queue pour lui demander de quoi parlaient les livres, et il répondait d'une voix lente et appliquée, en terminant toujours par « mais je n'ai lu que la première page ». Les prêts augmentèrent d'un tiers cette année-là. Personne ne sut si on l'avait programmé ainsi, et le robot garda le secret.
~~
@advice
Pour un premier potager, commencez petit : un carré surélevé ou quelques grands bacs suffisent. Choisissez des cultures faciles, salades, radis, courgettes, haricots, herbes aromatiques. Placez-le là où il reçoit au moins six heures de soleil. Arrosez copieusement deux fois par semaine plutôt qu'un peu chaque jour, de préférence le matin. Ajoutez du compost avant de planter et un paillage ensuite pour garder l'humidité. Notez ce que vous semez et quand : l'an prochain, vous serez content de l'avoir fait.
~~
@explain!
La bataille de Verdun, en 1916, est l'une des plus longues et des plus meurtrières de la Première Guerre mondiale. L'armée allemande lance l'offensive le 21 février pour « saigner à blanc » l'armée française. Pendant dix mois, les combats font plus de 300 000 morts des deux côtés, sur un terrain dévasté par les obus. Grâce à la rotation des troupes et à la « Voie sacrée », route qui assure le ravitaillement, les Français tiennent. Verdun est devenu le symbole de la souffrance des soldats et, plus tard, de la réconciliation franco-allemande.
~~
@list
Questions à poser quand on visite un appartement à louer :

1. Quel est le montant du dépôt de garantie ?
2. Que comprennent les charges ?
3. De quand date la chaudière, et quand a-t-elle été entretenue ?
4. Y a-t-il de l'humidité ou des moisissures ?
5. Quel est le diagnostic de performance énergétique ?
6. Qui contacter en cas de panne ?
7. Les animaux sont-ils acceptés ?
~~
@howto
Pour une sauce tomate simple, faites suer un oignon émincé dans l'huile d'olive à feu doux une dizaine de minutes, sans le colorer. Ajoutez deux gousses d'ail écrasées, une minute de plus. Versez deux boîtes de tomates concassées, une pincée de sel et une de sucre, et laissez mijoter vingt minutes en remuant de temps en temps. Terminez avec du basilic. Elle se garde quatre jours au frais et se congèle très bien.
~~
@code
Pour faire une requête HTTP en Python, la bibliothèque `requests` est la plus utilisée :

    import requests

    reponse = requests.get("https://api.exemple.fr/articles", timeout=10)
    reponse.raise_for_status()
    articles = reponse.json()

Indiquez toujours un `timeout` pour que le programme ne reste pas bloqué indéfiniment, et `raise_for_status()` transforme les erreurs HTTP (404, 500…) en exceptions. Pour enchaîner beaucoup de requêtes, `requests.Session()` réutilise les connexions.
~~
@explain
La Bourse est le lieu où l'on achète et vend des actions, c'est-à-dire des parts d'entreprises. Le prix d'une action monte ou baisse selon l'offre et la demande, qui reflètent ce que les investisseurs attendent des bénéfices futurs, des taux d'intérêt et de la conjoncture. Sur longue période, les grands indices ont eu tendance à progresser, mais ils peuvent chuter fortement à court terme. C'est pourquoi on conseille de diversifier et de n'investir en actions que l'argent dont on n'aura pas besoin avant plusieurs années.
~~
@story
Grand-père Tomas gardait un bocal de boutons sur l'étagère de la cuisine, et chaque bouton avait son histoire. Le bouton en laiton venait de sa capote militaire. Le rouge, de la robe que portait grand-mère à leur premier bal. Le minuscule bouton de nacre, d'une robe de baptême portée par trois générations de bébés. Petite, je croyais que ce n'étaient que des boutons. Aujourd'hui le bocal est chez moi, et quand ma fille demande, je raconte, et parfois j'invente pour un bouton dont personne ne se souvient.
~~
@advice
Pour entretenir une conversation avec quelqu'un qu'on connaît peu, posez des questions ouvertes : « Qu'est-ce qui t'a donné envie de faire ça ? » plutôt que « Tu aimes ça ? ». Écoutez la réponse et rebondissez sur un détail. Parlez un peu de vous aussi, pour que ça ne ressemble pas à un interrogatoire. Et ne craignez pas les silences : une pause est normale, et les gens retiennent surtout l'impression que vous leur avez laissée.
~~
@list!
Produits ménagers à ne jamais mélanger :

- Eau de Javel et ammoniaque : dégagement de gaz toxiques.
- Eau de Javel et vinaigre ou détartrant acide : dégagement de chlore.
- Eau de Javel et alcool ménager.
- Deux déboucheurs différents : la réaction peut être violente.
- Eau oxygénée et vinaigre dans le même flacon.

Utilisez un produit à la fois, rincez entre deux, aérez la pièce et rangez tout en hauteur, dans les flacons d'origine.
~~
@howto
Pour rempoter une plante d'intérieur, choisissez un pot à peine plus grand, percé au fond. Arrosez la veille. Retournez le pot en tenant la base des tiges pour faire glisser la motte. Démêlez doucement les racines si elles tournent en rond. Mettez du terreau frais au fond du nouveau pot, placez la plante à la même hauteur qu'avant, comblez et tassez légèrement. Arrosez bien et évitez le plein soleil pendant une semaine.
~~
@explain
Une année bissextile compte 366 jours, avec un 29 février en plus. Elle existe parce que la Terre met environ 365,24 jours à faire le tour du Soleil. Sans ce jour supplémentaire, le calendrier se décalerait d'un jour tous les quatre ans par rapport aux saisons. La règle : une année divisible par 4 est bissextile, sauf si elle est divisible par 100, à moins qu'elle ne le soit aussi par 400. 2000 était donc bissextile, mais pas 1900.
~~
@code!
Pour arrêter un conteneur Docker qui ne répond pas à `docker stop`, forcez-le :

    docker kill mon_conteneur

`docker stop` envoie SIGTERM puis attend dix secondes avant SIGKILL ; `docker kill` envoie SIGKILL tout de suite. Si le conteneur redémarre sans cesse, vérifiez sa politique de redémarrage avec `docker inspect` et supprimez-le avec `docker rm -f mon_conteneur`. Pour éviter le problème, assurez-vous que le processus principal gère bien SIGTERM.
~~
@story
Le premier jour des vacances, Léo trouva une carte dans un livre de la bibliothèque : un plan du parc dessiné à la main, avec une croix sous le plus vieux chêne. Avec sa sœur, il creusa une heure avec des pelles de plage avant de heurter une boîte à biscuits. Dedans : des billes, une photo jaunie de deux enfants dans le même parc, et un mot : « Si tu as trouvé ceci, ajoute quelque chose et enterre-la de nouveau. » Ils se disputèrent dix minutes, puis y mirent un dessin, une pièce brillante et la date.
~~
@advice
Pour aborder une conversation difficile avec un collègue, choisissez un moment au calme, quand aucun de vous n'est pressé. Parlez d'un comportement précis et de son effet plutôt que de juger la personne : « Lors des deux dernières réunions, je n'ai pas pu finir mon idée » passe mieux que « Tu coupes toujours la parole ». Écoutez ensuite son point de vue. Proposez quelque chose de concret pour la suite et mettez-vous d'accord ensemble.
""")
FR.append(r"""
@howto
Pour déclarer vos revenus en ligne, connectez-vous à votre espace particulier sur impots.gouv.fr avec votre numéro fiscal et votre mot de passe, ou via FranceConnect. La plupart des montants (salaires, pensions) sont préremplis : vérifiez-les avec vos bulletins de paie de décembre. Ajoutez ce qui manque, par exemple les frais de garde d'enfants ou les dons aux associations, qui ouvrent droit à une réduction ou un crédit d'impôt. Validez, puis téléchargez l'accusé de réception. Vous pouvez corriger votre déclaration en ligne pendant l'été si vous avez fait une erreur.
~~
@explain
La CAF, caisse d'allocations familiales, verse des prestations liées à la famille, au logement et à la solidarité : allocations familiales à partir du deuxième enfant, aide personnalisée au logement, prime d'activité, RSA, allocation de rentrée scolaire… Le montant dépend souvent des ressources du foyer et du nombre d'enfants. Le plus simple pour savoir à quoi vous avez droit est d'utiliser le simulateur sur caf.fr, puis de faire la demande en ligne depuis votre espace personnel.
~~
@howto
Pour faire une pâte brisée, mélangez du bout des doigts 250 g de farine, une pincée de sel et 125 g de beurre froid coupé en dés, jusqu'à obtenir une texture sableuse. Ajoutez 5 cl d'eau froide, un jaune d'œuf si vous voulez une pâte plus riche, et rassemblez en boule sans trop pétrir. Filmez et laissez reposer trente minutes au frais. Étalez sur un plan fariné, foncez le moule, piquez le fond à la fourchette et précuisez à blanc quinze minutes à 180 °C pour une quiche qui ne détrempe pas.
~~
@list
Quelques idées de sorties gratuites à Paris :

- Les collections permanentes du Petit Palais et du musée Carnavalet.
- Une balade le long du canal Saint-Martin.
- Le parc des Buttes-Chaumont et sa vue depuis le temple de la Sibylle.
- Le marché aux puces de Saint-Ouen, juste pour flâner.
- Les musées nationaux, gratuits le premier dimanche du mois pour certains.
- Le cimetière du Père-Lachaise et ses tombes célèbres.
- Les berges de Seine piétonnes le week-end.
~~
@code
Pour formater une date en français en Python, le plus fiable est de ne pas dépendre de la locale du système :

    from datetime import date

    MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"]
    d = date(2025, 3, 14)
    print(f"{d.day} {MOIS[d.month - 1]} {d.year}")  # 14 mars 2025

`locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")` avec `strftime("%d %B %Y")` marche aussi, mais seulement si la locale française est installée sur la machine.
~~
@explain
Le Conseil constitutionnel vérifie que les lois votées par le Parlement respectent la Constitution. Il peut être saisi avant la promulgation d'une loi par le président de la République, le Premier ministre, les présidents des assemblées ou 60 députés ou sénateurs. Depuis 2010, un justiciable peut aussi contester une loi déjà en vigueur à l'occasion d'un procès : c'est la question prioritaire de constitutionnalité. Le Conseil veille également à la régularité des élections présidentielles et des référendums.
~~
@story
Tous les dimanches, Mme Lefèvre faisait le même gâteau aux noix, et tous les dimanches, son petit-fils Jules en volait une part avant le déjeuner. Elle faisait semblant de ne rien voir. Le jour de ses dix-huit ans, Jules trouva sur la table un cahier d'écolier à la couverture bleue. Dedans, la recette, écrite de sa main à elle, et en dessous, en rouge : « Une part en moins à prévoir pour le voleur. » Il la fait aujourd'hui pour ses propres enfants, et coupe toujours une part d'avance.
~~
@advice
Pour préparer le bac de français, relisez vos textes en priorité et entraînez-vous à les expliquer à voix haute en dix minutes, avec une problématique et deux ou trois axes. Faites des fiches courtes : le contexte, les procédés importants, une citation par idée. Pour l'écrit, faites au moins deux sujets complets en temps réel pour apprendre à gérer les quatre heures. La veille, dormez plutôt que de réviser tard : la mémoire se consolide pendant le sommeil.
~~
@howto!
Pour couper un oignon sans pleurer, utilisez un couteau bien aiguisé : une lame émoussée écrase les cellules et libère davantage de composés irritants. Coupez l'oignon en deux en gardant la racine, qui tient les couches ensemble, faites des entailles horizontales puis verticales, et émincez. Placer l'oignon vingt minutes au réfrigérateur avant de le couper aide aussi, tout comme travailler près d'une hotte allumée.
~~
@explain
Le mistral est un vent froid et sec qui souffle du nord ou du nord-ouest dans la vallée du Rhône jusqu'à la Méditerranée. Il naît quand une zone de haute pression s'installe sur l'Atlantique ou le nord de la France et une dépression sur le golfe de Gênes : l'air s'engouffre dans le couloir entre les Alpes et le Massif central et accélère. Il peut dépasser 90 km/h et souffler plusieurs jours d'affilée. S'il est pénible, il dégage aussi le ciel et explique la lumière si particulière de la Provence.
~~
@list
Documents à garder et combien de temps :

- Bulletins de salaire : jusqu'à la liquidation de la retraite.
- Avis d'imposition : au moins trois ans.
- Factures d'électricité et de gaz : cinq ans.
- Quittances de loyer : trois ans après la fin du bail.
- Actes notariés, livret de famille : à vie.
- Relevés bancaires : cinq ans.
- Factures d'achat d'appareils : pendant la durée de la garantie.
~~
@code
Pour compter les mots d'un texte en Python :

    from collections import Counter
    import re

    texte = "le chat et le chien et le lapin"
    mots = re.findall(r"\w+", texte.lower())
    print(Counter(mots).most_common(3))
    # [('le', 3), ('et', 2), ('chat', 1)]

`\w+` reconnaît les lettres accentuées en Python 3. Pour ignorer les mots vides comme « le » ou « et », filtrez-les avec une liste avant de compter.
~~
@explain
La Sécurité sociale repose sur un principe simple : chacun cotise selon ses moyens et reçoit selon ses besoins. Elle comprend plusieurs branches : maladie, accidents du travail, retraite, famille et autonomie. Les cotisations prélevées sur les salaires et la CSG financent l'essentiel. Quand vous allez chez le médecin, l'Assurance maladie rembourse une partie de la consultation, et la complémentaire santé, souvent proposée par l'employeur, prend en charge tout ou partie du reste.
~~
@howto
Pour préparer une vraie pâte à crêpes, versez 250 g de farine dans un saladier, creusez un puits, cassez-y 4 œufs et ajoutez une pincée de sel. Mélangez au fouet en incorporant peu à peu 50 cl de lait, pour éviter les grumeaux. Ajoutez 50 g de beurre fondu et, si vous aimez, un peu de rhum ou de fleur d'oranger. Laissez reposer une heure. Faites cuire dans une poêle bien chaude légèrement beurrée, une petite louche à la fois, environ une minute de chaque côté.
~~
@story
Le facteur du village connaissait tout le monde, et tout le monde le connaissait, sauf la vieille dame du bout du chemin, qui ne recevait jamais de courrier. Un jour, il glissa dans sa boîte une carte postale de Bretagne, signée « un ami ». La semaine suivante, une autre, d'Alsace. Pendant un an, il envoya une carte de chacune de ses vacances et de celles de ses collègues. Quand la dame mourut, ses neveux trouvèrent les cartes épinglées au-dessus de son lit, toutes, dans l'ordre.
~~
@advice
Pour réussir un déménagement sans stress, commencez les cartons trois semaines avant, pièce par pièce, en notant sur chaque carton la pièce d'arrivée et son contenu. Faites un carton « premiers jours » avec les draps, la vaisselle de base, les chargeurs et les papiers importants. Pensez aux démarches : changement d'adresse à La Poste, fournisseurs d'énergie, assurance habitation, caisse de retraite et CAF. Réservez la place de stationnement du camion auprès de la mairie si besoin.
~~
@explain!
La guerre d'Algérie, de 1954 à 1962, oppose l'armée française aux indépendantistes algériens du FLN. Elle commence par une série d'attentats le 1er novembre 1954 et s'étend à tout le territoire. Le conflit est marqué par de nombreuses violences des deux côtés, dont la torture pratiquée par l'armée française, longtemps niée. Il provoque la chute de la IVe République en 1958 et le retour du général de Gaulle. Les accords d'Évian, en mars 1962, ouvrent la voie à l'indépendance, proclamée en juillet.
~~
@list
Plats de saison pour l'hiver :

- Pot-au-feu avec ses légumes et sa moelle
- Gratin dauphinois
- Soupe à l'oignon gratinée
- Tartiflette ou raclette
- Potée auvergnate
- Endives au jambon
- Blanquette de veau
- Poireaux vinaigrette en entrée
~~
@howto
Pour résilier un abonnement téléphonique, vérifiez d'abord la date de fin d'engagement dans votre espace client. Si vous changez d'opérateur en gardant votre numéro, vous n'avez rien à faire : demandez votre code RIO en appelant le 3179 depuis votre ligne et donnez-le au nouvel opérateur, qui s'occupe de la résiliation. Sinon, envoyez une demande par l'espace client ou par lettre recommandée. Les frais de résiliation anticipée ne peuvent pas dépasser le quart des mensualités restantes après un an d'engagement.
~~
@code
Pour lire un fichier texte ligne par ligne en Python sans tout charger en mémoire :

    with open("journal.txt", encoding="utf-8") as f:
        for numero, ligne in enumerate(f, start=1):
            if "ERREUR" in ligne:
                print(numero, ligne.rstrip())

Le `with` ferme le fichier automatiquement, même en cas d'exception. Précisez toujours l'encodage : sous Windows, l'encodage par défaut n'est pas UTF-8 et les accents peuvent poser problème.
~~
@explain
Le brevet des collèges évalue les élèves en fin de troisième. La note finale est sur 800 points : 400 pour le contrôle continu, c'est-à-dire la maîtrise des compétences du socle commun, et 400 pour les épreuves écrites de français, mathématiques, histoire-géographie et sciences, ainsi qu'une épreuve orale de soutenance d'un projet. Il faut au moins 400 points pour l'obtenir, avec des mentions à partir de 480. Le brevet n'est pas nécessaire pour passer en seconde, mais c'est souvent le premier examen officiel.
~~
@advice
Pour économiser sur le chauffage, baissez la température d'un degré : cela réduit la facture d'environ 7 %. Visez 19 °C dans les pièces à vivre et 17 °C dans les chambres. Fermez les volets la nuit, purgez les radiateurs en début d'hiver et ne les couvrez pas avec du linge. Un thermostat programmable évite de chauffer un logement vide. Si vous êtes propriétaire, renseignez-vous sur MaPrimeRénov' pour l'isolation des combles, souvent le geste le plus rentable.
~~
@story
À la fin de chaque marché, le maraîcher donnait ses invendus à l'homme qui dormait sous le porche de l'église. Un samedi, l'homme n'était pas là. Ni le suivant. Le maraîcher s'inquiéta, posa des questions, finit par apprendre qu'il avait trouvé une place dans un foyer. Trois mois plus tard, un client lui tendit la main par-dessus les cagettes : c'était lui, rasé, en veste de travail, employé dans une entreprise d'espaces verts. Il acheta un kilo de pommes et refusa la monnaie.
~~
@howto!
Pour désherber une allée sans produit chimique, versez de l'eau bouillante sur les mauvaises herbes, par exemple l'eau de cuisson des pâtes ou des pommes de terre : la chaleur détruit les racines superficielles. Pour les herbes plus coriaces, arrachez-les après la pluie, quand la terre est meuble, avec un couteau désherbeur. Le vinaigre blanc fonctionne aussi sur les petites surfaces, mais évitez d'en verser près des plantes que vous voulez garder.
~~
@list
Pour bien préparer un entretien annuel :

1. Relire les objectifs fixés l'an dernier.
2. Noter trois réussites chiffrées si possible.
3. Identifier une difficulté et ce que vous en avez tiré.
4. Préparer vos souhaits : formation, missions, évolution.
5. Réfléchir à ce dont vous avez besoin de votre responsable.
6. Arriver avec des notes, pas avec un discours appris.
~~
@explain
Le Tour de France a été créé en 1903 par le journal L'Auto, pour augmenter ses ventes. La première édition comptait six étapes et une soixantaine de coureurs. Le maillot jaune, de la couleur des pages du journal, apparaît en 1919. Aujourd'hui, la course dure trois semaines en juillet, avec vingt et une étapes et environ 3 500 kilomètres, en plaine, en montagne et contre la montre. C'est l'un des événements sportifs les plus suivis au monde, et des millions de spectateurs se massent gratuitement au bord des routes.
~~
@code
Pour trier un dictionnaire par valeur en Python :

    notes = {"Alice": 14, "Bilal": 17, "Chloé": 12}
    classement = sorted(notes.items(), key=lambda paire: paire[1], reverse=True)
    for nom, note in classement:
        print(nom, note)

`items()` renvoie des paires (clé, valeur), et la fonction `key` indique sur quoi trier. Pour retrouver un dictionnaire trié, `dict(classement)` conserve l'ordre depuis Python 3.7.
~~
@advice
Si votre enfant ne veut pas faire ses devoirs, installez une routine : même heure, même endroit, après un goûter et un moment pour souffler. Restez disponible sans faire à sa place. Découpez le travail en petites étapes et félicitez l'effort plus que le résultat. Si les devoirs finissent systématiquement en larmes, parlez-en à l'enseignant : il peut alléger, expliquer autrement, ou repérer une difficulté qui mérite un bilan.
~~
@howto
Pour faire une mayonnaise qui ne rate pas, sortez tous les ingrédients à l'avance pour qu'ils soient à la même température. Dans un bol, mettez un jaune d'œuf, une cuillère à café de moutarde, du sel et du poivre. Fouettez, puis versez l'huile en filet très fin au début, environ 25 cl au total, en fouettant sans arrêt. Quand elle prend, vous pouvez verser plus vite. Si elle tourne, recommencez avec un nouveau jaune et incorporez la mayonnaise ratée petit à petit.
~~
@explain!
La loi Veil, promulguée en janvier 1975, a dépénalisé l'interruption volontaire de grossesse en France. Défendue par la ministre de la Santé Simone Veil face à une Assemblée très majoritairement masculine, elle fut adoptée après des débats d'une rare violence. Elle autorisait d'abord l'IVG jusqu'à dix semaines, à titre expérimental pour cinq ans ; la loi a été rendue définitive en 1979 et le délai porté à quatorze semaines en 2022. En 2024, la liberté de recourir à l'IVG a été inscrite dans la Constitution.
~~
@list
Bonnes pratiques pour un mot de passe solide :

- Au moins douze caractères, ou une phrase de passe de quatre mots.
- Un mot de passe différent pour chaque site.
- Un gestionnaire de mots de passe pour tout retenir.
- La double authentification sur la messagerie et la banque.
- Jamais de mot de passe envoyé par mail ou SMS.
- Un changement immédiat en cas de fuite de données.
~~
@story
Mon grand-père avait un potager où rien n'était aligné. Les tomates poussaient au milieu des fleurs, les courges escaladaient le grillage, et il laissait toujours un coin d'orties « pour les papillons ». Les voisins se moquaient gentiment. L'été de la sécheresse, leurs rangs bien droits ont grillé ; chez lui, l'ombre des grands plants protégeait les petits, et la paille gardait l'humidité. Il n'a rien dit. Il a juste distribué des tomates dans toute la rue.
~~
@howto
Pour bien ranger son réfrigérateur : en haut, les restes et les produits déjà cuisinés ; au milieu, les yaourts et fromages ; en bas, sur la partie la plus froide, la viande et le poisson crus, dans des boîtes fermées pour éviter les écoulements. Les fruits et légumes vont dans le bac, les œufs, le beurre et les boissons dans la porte. Ne le remplissez pas trop, l'air doit circuler, et vérifiez que la température est autour de 4 °C.
~~
@explain
Le mot « baccalauréat » vient du latin médiéval et désignait à l'origine le premier grade universitaire. En France, le bac moderne a été créé par Napoléon en 1808. Il ne concernait alors que quelques milliers de jeunes hommes par an, interrogés à l'oral. Les filles y ont accès à partir de 1861, quand Julie-Victoire Daubié devient la première bachelière. Aujourd'hui, plus de 80 % d'une génération obtient le bac, général, technologique ou professionnel.
~~
@code
En HTML, pour qu'une image s'adapte à la largeur de l'écran sans se déformer :

    img {
      max-width: 100%;
      height: auto;
    }

Ajoutez toujours un attribut `alt` qui décrit l'image pour les lecteurs d'écran, par exemple `<img src="chat.jpg" alt="Un chat roux endormi sur un radiateur">`. Si l'image est purement décorative, mettez `alt=""` pour qu'elle soit ignorée.
~~
@advice
Pour bien choisir un vélo d'occasion, vérifiez que le cadre est à votre taille : debout au-dessus, vous devez avoir quelques centimètres entre le tube et l'entrejambe. Regardez l'état de la chaîne et des pignons, faites tourner les roues pour voir si elles sont voilées, testez les freins et les vitesses. Demandez la facture d'origine ou le numéro de marquage, qui permet de vérifier que le vélo n'a pas été déclaré volé.
~~
@list
À prévoir pour la naissance d'un bébé :

- Un siège auto homologué, indispensable dès la sortie de la maternité.
- Un lit avec un matelas ferme et une turbulette, sans couette ni oreiller.
- Des bodies et pyjamas en taille naissance et un mois.
- Des couches et du liniment.
- Un thermomètre.
- Une table à langer ou un matelas à langer.
- Les papiers pour déclarer la naissance dans les cinq jours.
~~
@explain
La marée noire de l'Erika, en décembre 1999, est l'une des pires catastrophes écologiques qu'ait connues la France. Le pétrolier, un navire vieillissant affrété par Total, se brise au large de la Bretagne et déverse environ 20 000 tonnes de fioul lourd, qui souillent 400 kilomètres de côtes. Des milliers de bénévoles nettoient les plages. Le procès a abouti à la reconnaissance du « préjudice écologique », une notion inscrite depuis dans le Code civil.
~~
@howto!
Pour soigner une petite brûlure domestique, passez-la sous l'eau tiède, autour de 15 °C, pendant au moins quinze minutes : la règle des trois 15. N'appliquez ni beurre, ni dentifrice, ni glace. Si une cloque apparaît, ne la percez pas. Couvrez d'un pansement gras ou d'une compresse stérile. Consultez un médecin si la brûlure est plus grande que la moitié de la paume de la victime, si elle touche le visage, les mains ou les parties génitales, ou s'il s'agit d'un enfant.
~~
@story
Le chef de gare de Saint-Aubin avait un rituel : chaque soir, il saluait le dernier train, même vide. Quand la ligne fut fermée, il continua, seul sur le quai, à l'heure où le train passait autrefois. Les enfants du village, d'abord moqueurs, finirent par venir avec lui. Le jour où la région annonça la réouverture de la ligne, quinze ans plus tard, il y avait deux cents personnes sur le quai pour saluer le premier train. Le vieux chef de gare était au premier rang.
~~
@advice
Pour reprendre le sport après une longue pause, allez-y progressivement : trois séances courtes par semaine valent mieux qu'une séance épuisante. Choisissez une activité qui vous plaît, marche rapide, natation, vélo, danse, pour avoir envie d'y retourner. Échauffez-vous dix minutes et étirez-vous doucement après. Si vous avez plus de 45 ans, des problèmes cardiaques ou un traitement, un rendez-vous chez le médecin avant de commencer est une bonne idée.
~~
@explain
Le système de retraite français fonctionne principalement par répartition : les cotisations des actifs d'aujourd'hui paient les pensions des retraités d'aujourd'hui. Chaque salarié cotise au régime de base, géré par l'Assurance retraite pour le privé, et à un régime complémentaire, l'Agirc-Arrco. Le montant de la pension dépend du nombre de trimestres validés, de l'âge de départ et des salaires. Vous pouvez consulter votre relevé de carrière et simuler votre pension sur info-retraite.fr.
~~
@code
Pour envoyer un formulaire HTML sans recharger la page, interceptez l'événement `submit` en JavaScript :

    formulaire.addEventListener("submit", async (e) => {
      e.preventDefault();
      const donnees = new FormData(formulaire);
      const rep = await fetch("/contact", { method: "POST", body: donnees });
      message.textContent = rep.ok ? "Merci !" : "Une erreur est survenue.";
    });

Gardez la validation côté serveur : celle du navigateur se contourne facilement.
~~
@list
Astuces pour garder des fruits et légumes plus longtemps :

- Séparer les bananes, pommes et avocats, qui font mûrir les autres.
- Garder les tomates hors du frigo.
- Envelopper la salade lavée dans un torchon propre.
- Mettre les carottes sans leurs fanes dans le bac à légumes.
- Conserver les pommes de terre au noir et au frais.
- Congeler les fruits trop mûrs pour les compotes.
""")
FR.append(r"""
@explain
L'heure d'été a été instaurée en France en 1976, après le choc pétrolier, pour économiser de l'énergie en profitant de la lumière du soir. On avance les montres d'une heure le dernier dimanche de mars et on les recule le dernier dimanche d'octobre. Les économies réelles sont aujourd'hui jugées faibles, et le Parlement européen a voté en 2019 pour supprimer le changement d'heure, mais les États ne se sont jamais mis d'accord sur l'heure à garder.
~~
@howto
Pour réussir un riz blanc bien détaché, rincez-le à l'eau froide jusqu'à ce que l'eau soit presque claire, pour enlever l'amidon. Comptez une fois et demie son volume d'eau pour du riz basmati. Portez à ébullition avec une pincée de sel, couvrez, baissez le feu au minimum et laissez cuire douze minutes sans soulever le couvercle. Coupez le feu et laissez reposer cinq minutes, toujours couvert, puis égrainez à la fourchette.
~~
@advice
Si vous vous sentez seul depuis la retraite, essayez de garder des rendez-vous réguliers dans la semaine : un cours à l'université du temps libre, une chorale, un club de marche, du bénévolat dans une association. Les liens se créent en revoyant les mêmes personnes. Les centres communaux d'action sociale proposent souvent des activités et des visites de convivialité. Et n'hésitez pas à en parler à votre médecin si la tristesse s'installe : c'est fréquent et cela se soigne.
~~
@list
Pour un pique-nique réussi :

- Une grande salade de pâtes ou de lentilles, qui se transporte bien.
- Des sandwichs préparés le matin, pain bien beurré pour qu'il ne détrempe pas.
- Des crudités déjà coupées.
- Un fromage, du saucisson, des fruits.
- Une bouteille d'eau congelée la veille, qui sert aussi de pain de glace.
- Une couverture, des serviettes et un sac pour les déchets.
~~
@code
Pour supprimer les doublons d'une liste en Python tout en gardant l'ordre :

    villes = ["Lyon", "Nantes", "Lyon", "Lille", "Nantes"]
    uniques = list(dict.fromkeys(villes))
    # ['Lyon', 'Nantes', 'Lille']

`set(villes)` supprime aussi les doublons mais perd l'ordre. `dict.fromkeys` garde le premier exemplaire de chaque élément, parce que les dictionnaires conservent l'ordre d'insertion.
~~
@story
La petite Inès avait décidé que le lampadaire devant sa fenêtre était une étoile tombée. Chaque soir, elle lui disait bonne nuit. Le jour où les employés de la ville vinrent le remplacer par un modèle plus moderne, elle pleura tant que l'un d'eux, gêné, lui rapporta le vieux globe de verre. Il est toujours sur son étagère, trente ans plus tard. Inès est devenue astronome. Elle dit en riant que c'est la faute d'un lampadaire.
~~
@explain
La Ve République est le régime politique de la France depuis 1958. Sa Constitution, voulue par le général de Gaulle, renforce le pouvoir exécutif : le président de la République, élu au suffrage universel direct depuis 1962, nomme le Premier ministre, peut dissoudre l'Assemblée nationale et soumettre un texte au référendum. Le Parlement comprend l'Assemblée nationale et le Sénat. Le gouvernement est responsable devant l'Assemblée, qui peut le renverser par une motion de censure.
~~
@howto
Pour nettoyer un four encrassé sans produit agressif, mélangez du bicarbonate de soude avec un peu d'eau pour obtenir une pâte épaisse. Étalez-la sur les parois froides en évitant la résistance, laissez agir toute une nuit. Le lendemain, essuyez avec une éponge humide, puis vaporisez un peu de vinaigre blanc sur les restes de bicarbonate : ça mousse et ça décolle les dernières traces. Rincez à l'eau claire. Pour les grilles, un bain d'eau chaude et de cristaux de soude fait des merveilles.
~~
@advice
Pour bien dormir en période d'examens, gardez des horaires réguliers même pendant les révisions, et arrêtez les écrans une demi-heure avant le coucher. Évitez les boissons énergisantes et le café après 16 heures. Une courte sieste de vingt minutes en début d'après-midi peut aider, pas plus. Et ne sacrifiez pas la nuit précédant l'épreuve : ce qui n'est pas su la veille ne rentrera pas à trois heures du matin, alors que la fatigue vous fera perdre ce que vous savez.
~~
@list!
Que mettre dans une trousse à pharmacie familiale :

- Pansements de plusieurs tailles et compresses stériles
- Désinfectant et sérum physiologique
- Bande de contention et sparadrap
- Pince à écharde et ciseaux
- Thermomètre
- Paracétamol, à utiliser selon la notice
- Crème pour les brûlures légères
- Les numéros d'urgence : 15, 18, 112 et le centre antipoison

Rangez-la hors de portée des enfants et vérifiez les dates deux fois par an.
~~
@explain
Le camembert de Normandie est un fromage à pâte molle et croûte fleurie, fabriqué au lait cru de vache. La légende attribue sa création à Marie Harel, une fermière du village de Camembert, vers 1791. Son succès vient aussi de la boîte en bois inventée en 1890, qui lui a permis de voyager, puis de la distribution aux soldats pendant la Première Guerre mondiale. L'appellation d'origine protégée impose un lait de vaches normandes et un moulage à la louche.
~~
@howto
Pour faire des confitures de fraises, équeutez 1 kg de fraises et coupez les plus grosses. Mélangez-les avec 800 g de sucre et le jus d'un citron, et laissez macérer quelques heures. Portez à ébullition, écumez, et laissez cuire à feu vif une dizaine de minutes. Pour tester, versez une goutte sur une assiette froide : si elle se fige, c'est prêt. Versez dans des pots ébouillantés, fermez aussitôt et retournez-les jusqu'à refroidissement.
~~
@code
Pour convertir une chaîne en nombre en JavaScript, `Number("42")` renvoie 42 et `Number("42abc")` renvoie NaN. `parseInt("42px", 10)` lit le début de la chaîne et renvoie 42, ce qui est pratique pour des valeurs CSS. Attention aux nombres à la française : `Number("3,5")` donne NaN, il faut d'abord remplacer la virgule par un point, par exemple `Number(texte.replace(",", "."))`.
~~
@story
Chaque été, mon oncle organisait un concours de châteaux de sable sur la plage de Quiberon, avec un seul prix : une glace à deux boules. Il n'y avait jamais de gagnant, parce qu'il déclarait tous les participants ex aequo et payait les glaces de sa poche. Les enfants le savaient, les parents aussi, et pourtant tout le monde construisait comme si le titre était en jeu. Il y a quelques années, j'ai repris le concours. J'ai découvert que les glaces coûtaient une petite fortune, et qu'il avait raison.
~~
@advice
Pour aider un adolescent à mieux gérer son téléphone, fixez des règles ensemble plutôt que de les imposer : pas d'écran à table, le téléphone qui dort hors de la chambre, des plages sans notifications pendant les devoirs. Montrez l'exemple, c'est ce qui compte le plus. Intéressez-vous à ce qu'il fait en ligne sans le surveiller en cachette. Et gardez le dialogue ouvert pour qu'il vous parle s'il voit quelque chose qui le met mal à l'aise.
~~
@explain!
Le nuage de Tchernobyl, après l'explosion du réacteur en avril 1986 en Ukraine soviétique, a traversé une grande partie de l'Europe. En France, les autorités ont longtemps minimisé les retombées, d'où la formule moquée du nuage « arrêté à la frontière ». Les mesures ont pourtant montré des dépôts radioactifs, surtout dans l'Est et en Corse. L'épisode a entraîné la création d'organismes indépendants de mesure de la radioactivité et une méfiance durable envers la communication officielle sur le nucléaire.
~~
@list
Idées de cadeaux qui ne coûtent presque rien :

1. Un album photo fait main.
2. Un bon pour un dîner cuisiné par vous.
3. Une confiture ou des biscuits maison.
4. Une playlist de chansons qui vous rappellent la personne.
5. Une plante issue d'une bouture.
6. Une lettre écrite à la main.
7. Une journée de baby-sitting offerte.
~~
@howto
Pour préparer un vrai chocolat chaud, faites chauffer 50 cl de lait sans le faire bouillir. Hors du feu, ajoutez 100 g de chocolat noir haché et laissez fondre une minute, puis fouettez énergiquement. Remettez sur feu doux en fouettant encore, avec une cuillère de sucre si le chocolat est très amer. Une pincée de cannelle ou un zeste d'orange change tout. Pour une version plus épaisse, délayez une cuillère à café de maïzena dans un peu de lait froid et ajoutez-la.
~~
@explain
Le RGPD, règlement général sur la protection des données, s'applique depuis 2018 dans toute l'Union européenne. Il donne aux personnes des droits sur leurs données : savoir ce qui est collecté et pourquoi, y accéder, les faire corriger ou effacer, s'opposer à certains traitements, récupérer ses données. Les organisations doivent justifier chaque collecte, protéger les données et signaler les fuites. En France, la CNIL contrôle son application et peut infliger des amendes.
~~
@code
Pour créer un petit serveur web de test avec Python, placez-vous dans le dossier à servir et lancez :

    python3 -m http.server 8000

Ouvrez ensuite http://localhost:8000 dans votre navigateur. C'est pratique pour tester une page HTML qui charge des fichiers locaux, mais ce serveur n'est pas fait pour la production : pas d'HTTPS, pas de sécurité, un seul fil d'exécution.
~~
@advice
Pour négocier son salaire à l'embauche, renseignez-vous d'abord sur les fourchettes pratiquées pour ce poste dans votre région, grâce aux annonces et aux études de rémunération. Donnez un chiffre précis plutôt qu'un intervalle, légèrement au-dessus de ce que vous visez. Appuyez-vous sur vos compétences et ce que vous apportez, pas sur vos besoins personnels. Si le fixe est bloqué, discutez du reste : télétravail, prime, formation, jours de congé.
~~
@story
Sur la ligne 3 du tramway, une conductrice annonçait les arrêts avec une petite phrase sur le quartier : « Place du Marché, les meilleures cerises de la ville », « Hôpital, courage à ceux qui y vont ». Les passagers souriaient, certains notaient ses phrases. Quand la direction lui demanda d'arrêter, une pétition recueillit deux mille signatures en une semaine. Elle annonce toujours les arrêts à sa façon, avec une phrase de plus : « Merci pour la pétition. »
~~
@howto!
Pour tailler un rosier, attendez la fin de l'hiver, vers mars, quand les gelées sont passées. Utilisez un sécateur bien aiguisé et désinfecté. Supprimez d'abord le bois mort et les branches qui se croisent au centre. Raccourcissez ensuite les tiges vigoureuses à trois ou cinq yeux, en coupant en biais au-dessus d'un bourgeon tourné vers l'extérieur. Éliminez les gourmands qui partent du pied. Un rosier aéré fleurit mieux et tombe moins malade.
~~
@list
Pour réussir une première réunion en visio :

- Tester la connexion, le micro et la caméra dix minutes avant.
- Se placer face à une fenêtre, pas dos à elle.
- Couper son micro quand on ne parle pas.
- Fermer les onglets et notifications inutiles.
- Prévoir un ordre du jour partagé.
- Conclure par les décisions et qui fait quoi.
~~
@explain
Le système de notation de l'école française sur 20 date du XIXe siècle. Une note de 10 correspond à la moyenne, 12 à « assez bien », 14 à « bien » et 16 à « très bien ». Il est rare d'obtenir 20 dans les matières littéraires, ce qui surprend souvent les étrangers habitués à des notes sur 100 où l'excellence dépasse 90. Depuis quelques années, certaines écoles primaires remplacent les notes par une évaluation des compétences en couleurs ou en niveaux.
~~
@howto
Pour faire une soupe de légumes simple, faites revenir un oignon et un poireau émincés dans un peu de beurre. Ajoutez trois carottes, deux pommes de terre et un navet coupés en morceaux, couvrez d'eau ou de bouillon, salez. Laissez cuire vingt-cinq minutes. Mixez, rectifiez l'assaisonnement et ajoutez une cuillère de crème fraîche. Les restes se congèlent très bien en portions individuelles.
~~
@advice
Avant de signer un bail, lisez-le en entier et vérifiez le montant du loyer et des charges, la durée, le dépôt de garantie (un mois de loyer hors charges maximum pour une location vide) et les conditions de révision. Faites l'état des lieux avec soin, pièce par pièce, en prenant des photos datées. Demandez le diagnostic de performance énergétique. Si quelque chose vous paraît abusif, l'ADIL de votre département donne des conseils juridiques gratuits.
~~
@code
En Python, une f-string permet d'insérer des valeurs dans un texte :

    prenom = "Awa"
    total = 42.5
    print(f"Bonjour {prenom}, votre total est de {total:.2f} €")

Le `:.2f` affiche deux décimales. Pour un séparateur de milliers, `{1234567:,}` donne `1,234,567` ; pour la présentation française, remplacez ensuite les virgules par des espaces, ou utilisez le module `locale`.
~~
@explain!
L'affaire Dreyfus divise la France de 1894 à 1906. Alfred Dreyfus, capitaine juif de l'armée française, est condamné à tort pour avoir livré des secrets à l'Allemagne et déporté au bagne de l'île du Diable. Malgré la découverte du vrai coupable, l'armée refuse de reconnaître son erreur. En 1898, Émile Zola publie « J'accuse… ! » dans L'Aurore. L'affaire révèle la force de l'antisémitisme de l'époque et oppose dreyfusards et antidreyfusards. Dreyfus est finalement réhabilité en 1906.
~~
@story
Le jour de la rentrée, le maître avait demandé à chacun d'apporter un objet qui raconte son été. Karim arriva les mains vides. Il n'était pas parti en vacances. Quand vint son tour, il sortit de sa poche un caillou gris tout simple et raconta comment, chaque soir, il l'avait lancé dans le bassin du parc en faisant un vœu pour chacun de ses copains partis loin. La classe resta silencieuse. Ce caillou est resté sur le bureau du maître toute l'année.
~~
@list
Expressions françaises et leur sens :

- « Avoir le cafard » : être triste.
- « Poser un lapin » : ne pas venir à un rendez-vous.
- « Coûter les yeux de la tête » : être très cher.
- « Tomber dans les pommes » : s'évanouir.
- « Avoir la flemme » : ne pas avoir envie de faire un effort.
- « Mettre son grain de sel » : donner son avis sans y être invité.
~~
@howto
Pour détacher un vêtement taché de graisse, saupoudrez immédiatement la tache de talc ou de terre de Sommières, qui absorbe le gras. Laissez agir quelques heures, brossez, puis frottez avec un peu de liquide vaisselle et laissez reposer dix minutes avant de laver à la température la plus élevée autorisée par l'étiquette. Vérifiez que la tache a disparu avant de passer au sèche-linge, car la chaleur la fixerait.
~~
@advice
Pour reprendre des études à l'âge adulte, commencez par un bilan de compétences ou un rendez-vous avec un conseiller en évolution professionnelle, c'est gratuit. Regardez ce que votre compte personnel de formation peut financer, et si la validation des acquis de l'expérience permet d'obtenir tout ou partie d'un diplôme. Les formations à distance et en alternance permettent souvent de continuer à travailler. Prévoyez aussi l'organisation familiale : c'est souvent ce qui fait tenir ou lâcher.
~~
@explain
La laïcité en France repose sur la loi de 1905 de séparation des Églises et de l'État. Elle garantit la liberté de conscience et le libre exercice des cultes, et impose la neutralité de l'État : il ne reconnaît, ne finance ni ne privilégie aucune religion. Les agents publics doivent être neutres dans l'exercice de leurs fonctions, alors que les usagers restent libres de manifester leurs convictions, dans les limites fixées par la loi, par exemple à l'école publique depuis 2004.
~~
@code
Pour vérifier qu'une adresse e-mail a un format plausible en Python, une expression régulière simple suffit souvent :

    import re

    def email_plausible(texte: str) -> bool:
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", texte) is not None

Ne cherchez pas une regex parfaite, elle n'existe pas : la seule vraie vérification consiste à envoyer un e-mail de confirmation avec un lien.
~~
@howto
Pour préparer un taboulé libanais, le vrai, mettez beaucoup de persil : deux gros bouquets de persil plat, lavés, bien séchés et finement ciselés, une poignée de menthe, trois tomates en petits dés et un oignon nouveau. Ajoutez seulement deux ou trois cuillères de boulgour fin, rincé et essoré. Assaisonnez avec le jus de deux citrons, de l'huile d'olive, du sel et un peu de piment doux. Mélangez au dernier moment pour que le persil reste croquant.
~~
@list
Pour préparer un voyage en train avec des enfants :

- Réserver des places côte à côte ou un carré.
- Emporter des livres, des cahiers de coloriage et un jeu de cartes.
- Prévoir des encas et une gourde par enfant.
- Télécharger des dessins animés au cas où le réseau serait mauvais.
- Garder les papiers et les billets dans une pochette facile d'accès.
- Une petite couverture, car les wagons sont parfois froids.
~~
@story
Le vieux cinéma de la rue des Carmes allait fermer, et le projectionniste avait décidé de passer, pour la dernière séance, le film qu'il avait projeté le jour de son embauche, quarante ans plus tôt. La salle était pleine. À la fin, quand la lumière se ralluma, personne ne bougea. Une femme se leva et dit qu'elle avait vu ce film ici à son premier rendez-vous, avec l'homme assis à côté d'elle. Ils étaient mariés depuis trente-neuf ans. Le cinéma a été racheté par une association l'année suivante.
~~
@advice
Si vous avez peur en avion, expliquez-le au personnel de bord en montant : ils ont l'habitude et vous rassureront. Renseignez-vous sur le fonctionnement d'un avion ; savoir que les turbulences sont normales et sans danger aide beaucoup. Respirez lentement, en expirant plus longtemps que vous n'inspirez. Occupez-vous avec un film ou un livre. Certaines compagnies proposent des stages pour vaincre la peur de l'avion, avec des pilotes et des psychologues.
""")
EN.append(r"""
@explain
Daylight saving time shifts clocks forward by an hour in spring and back in autumn, so that evenings have more daylight in summer. It was widely adopted during the First World War to save fuel. Today the energy savings are considered small, and there are debates about its effects on sleep and health. The European Parliament voted in 2019 to end the seasonal change, but member states have not agreed on which time to keep, so the clocks still change twice a year.
~~
@howto
To cook fluffy rice, rinse it in cold water until the water runs almost clear, which removes surface starch. For basmati, use about one and a half times as much water as rice by volume. Bring it to the boil with a pinch of salt, cover tightly, turn the heat to the lowest setting and cook for 12 minutes without lifting the lid. Take it off the heat and let it rest, still covered, for five minutes, then fluff it with a fork.
~~
@advice
If you've felt lonely since retiring, try to build a few fixed appointments into your week: a class, a choir, a walking group, volunteering at a charity shop or library. Friendships grow from seeing the same faces regularly. Many councils and charities run befriending schemes and social clubs. And if low mood persists, tell your GP; loneliness and depression are common at every age and there's help available.
~~
@list
Easy food for a picnic:

- A pasta or lentil salad, which travels well
- Sandwiches made that morning, with butter to stop the bread going soggy
- Cut vegetables and hummus
- Cheese, crackers and grapes
- Sausage rolls or a slice of quiche
- A bottle of water frozen the night before, which doubles as an ice pack
- A blanket, napkins and a bag for rubbish
~~
@code
To remove duplicates from a list in Python while keeping the original order:

    cities = ["Leeds", "York", "Leeds", "Hull", "York"]
    unique = list(dict.fromkeys(cities))
    # ['Leeds', 'York', 'Hull']

`set(cities)` also removes duplicates but doesn't keep the order. `dict.fromkeys` keeps the first occurrence of each item, because dictionaries preserve insertion order.
~~
@story
Isla decided that the streetlamp outside her window was a fallen star, and every night she said goodnight to it. When the council came to replace it with a new LED model, she cried so hard that one of the workers, embarrassed, brought her the old glass globe. It's still on her shelf thirty years later. Isla became an astronomer. She says, laughing, that it's the streetlamp's fault.
~~
@explain
The UK Parliament has two chambers. The House of Commons has 650 Members of Parliament, each elected by a constituency, and the party or coalition that can command a majority forms the government, led by the Prime Minister. The House of Lords, mostly appointed, reviews and revises legislation but can only delay, not block, most bills from the Commons. A bill becomes law after passing both Houses and receiving Royal Assent from the monarch, which is now a formality.
~~
@howto
To clean a dirty oven without harsh chemicals, mix baking soda with a little water into a thick paste and spread it over the cold inside surfaces, avoiding the heating elements. Leave it overnight. Wipe it away with a damp cloth, then spray a little white vinegar on any remaining residue; it will fizz and lift the last marks. Rinse with clean water. Soak the racks in the bath with hot water and a dishwasher tablet.
~~
@advice
To sleep better during exams, keep regular hours even while revising, and stop screens half an hour before bed. Avoid energy drinks and coffee after 4pm. A short nap of 20 minutes in the early afternoon can help, but no longer. Don't give up the night before an exam: what you don't know by the evening won't go in at 3am, but tiredness will make you forget what you do know.
~~
@explain
Cheddar cheese is named after the village of Cheddar in Somerset, where it has been made since at least the twelfth century. The caves of Cheddar Gorge, cool and humid, were ideal for ageing it. "Cheddaring" is a step in which blocks of curd are stacked and turned to drain whey and develop the texture. Today cheddar is made all over the world, but "West Country Farmhouse Cheddar" is a protected designation for cheese made traditionally in four counties from local milk.
~~
@howto
To make strawberry jam, hull 1 kg of strawberries and halve the larger ones. Mix with 800 g of jam sugar and the juice of a lemon, and leave for a few hours. Heat slowly until the sugar dissolves, then boil rapidly for about 8 to 10 minutes. To test, put a teaspoon on a cold saucer; if it wrinkles when you push it, it's ready. Pour into sterilised jars, seal straight away and label once cool.
~~
@code
To convert a string to a number in JavaScript, `Number("42")` gives 42 and `Number("42abc")` gives NaN. `parseInt("42px", 10)` reads digits from the start and returns 42, which is handy for CSS values. `parseFloat("3.5")` handles decimals. Always pass the radix 10 to `parseInt`, and check the result with `Number.isNaN()` before using it.
~~
@story
Every summer, my uncle held a sandcastle competition on the beach with only one prize: a double-scoop ice cream. There was never a single winner, because he always declared every entrant joint first and paid for the ice creams himself. The children knew, the parents knew, and yet everyone built as if the title really mattered. A few years ago I took over the competition. I discovered that ice creams cost a small fortune, and that he was right.
~~
@advice
To help a teenager manage their phone, set rules together rather than imposing them: no phones at the table, phones charging outside the bedroom at night, notifications off during homework. Set the example yourself; it matters more than any rule. Take an interest in what they do online without secretly monitoring them. And keep talking, so that they come to you if they see something that upsets them.
~~
@explain!
The Chernobyl disaster happened on 26 April 1986, when a reactor at the nuclear plant in Soviet Ukraine exploded during a safety test. Design flaws and operator errors led to a power surge, and the explosion and fire released large amounts of radioactive material into the air, which spread across Europe. Around 350,000 people were eventually evacuated. The area around the plant remains an exclusion zone, and the disaster led to major changes in reactor safety and in public attitudes to nuclear power.
~~
@list
Gift ideas that cost almost nothing:

1. A handmade photo album.
2. A voucher for a dinner you'll cook.
3. Homemade jam or biscuits.
4. A playlist of songs that remind you of them.
5. A plant grown from a cutting.
6. A handwritten letter.
7. An offer of a day's babysitting.
~~
@howto
To make proper hot chocolate, heat 500 ml of milk until steaming but not boiling. Take it off the heat, add 100 g of chopped dark chocolate, leave it for a minute, then whisk hard. Return to a low heat and keep whisking, adding a spoonful of sugar if the chocolate is very dark. A pinch of cinnamon or a strip of orange zest changes everything. For a thicker version, stir a teaspoon of cornflour into a little cold milk and add it.
~~
@explain
GDPR, the General Data Protection Regulation, has applied across the European Union since 2018, and the UK kept a version of it after Brexit. It gives people rights over their personal data: to know what is collected and why, to access it, to correct or delete it, to object to some uses and to take it elsewhere. Organisations must have a lawful basis for collecting data, protect it, and report serious breaches. Regulators such as the ICO in the UK can issue large fines.
~~
@code
To serve a folder of files over HTTP for testing, go to the folder in a terminal and run:

    python3 -m http.server 8000

Then open http://localhost:8000 in your browser. It's handy for testing an HTML page that loads local files, but it isn't meant for production: there's no HTTPS, no security hardening and it handles requests one at a time.
~~
@advice
When negotiating a salary for a new job, research the typical range for the role and location first, using job adverts and salary surveys. Give a specific figure rather than a range, slightly above what you're aiming for. Base your case on what you bring, not on your personal expenses. If the base salary can't move, discuss other things: remote work, a signing bonus, training budget, extra holiday or a review after six months.
~~
@story
On tram line 3, one driver announced each stop with a little sentence about the neighbourhood: "Market Square, best cherries in town," "Hospital, good luck to everyone going in." Passengers smiled; some wrote her lines down. When management asked her to stop, a petition gathered two thousand signatures in a week. She still announces the stops her own way, with one extra line: "Thanks for the petition."
~~
@howto!
To prune a rose bush, wait until late winter or early spring, after the hardest frosts. Use sharp, clean secateurs. First remove dead wood and any branches crossing through the middle. Then cut the strong stems back to three to five buds, with a sloping cut just above an outward-facing bud. Remove suckers growing from below the graft. An open shape lets air through, which means more flowers and less disease.
~~
@list
Tips for your first video-call meeting:

- Test your connection, microphone and camera ten minutes before.
- Sit facing a window rather than with your back to it.
- Mute yourself when you're not speaking.
- Close unnecessary tabs and notifications.
- Share an agenda in advance.
- Finish by summarising decisions and who does what.
~~
@explain
In England, GCSE grades use a scale from 9 to 1, introduced between 2017 and 2020 to replace the old A* to G letters. Grade 9 is the highest, set above the old A*. Grade 4 is a "standard pass", roughly equivalent to the old C, and grade 5 a "strong pass". Students who don't get at least a 4 in English and maths must keep studying them after 16. Scotland, Wales and Northern Ireland have their own qualifications and grading systems.
~~
@howto
For a simple vegetable soup, soften a chopped onion and a sliced leek in a little butter. Add three carrots, two potatoes and a parsnip cut into chunks, cover with water or stock and season. Simmer for 25 minutes until everything is soft. Blend, check the seasoning and stir in a spoonful of cream if you like. Leftovers freeze well in individual portions for quick lunches.
~~
@advice
Before signing a tenancy agreement, read it all the way through and check the rent, the length of the tenancy, the deposit (in England, capped at five weeks' rent for most tenancies) and how the rent can be increased. Make sure the deposit will be protected in a government-approved scheme. Go through the inventory carefully and take dated photos of every room. If something seems unfair, Citizens Advice or Shelter can give free guidance.
~~
@code
In Python, an f-string lets you put values inside text:

    name = "Amira"
    total = 42.5
    print(f"Hello {name}, your total is £{total:.2f}")

The `:.2f` shows two decimal places. Use `{value:,}` for thousands separators (`1,234,567`) and `{ratio:.1%}` to show a fraction as a percentage, so 0.256 becomes `25.6%`.
~~
@explain!
The Dreyfus affair divided France from 1894 to 1906. Alfred Dreyfus, a Jewish captain in the French army, was wrongly convicted of passing secrets to Germany and sent to the penal colony on Devil's Island. Even after evidence pointed to the real culprit, the army refused to admit its mistake. In 1898 the novelist Émile Zola published his open letter "J'accuse…!" accusing the authorities of a cover-up. The affair exposed the strength of antisemitism at the time. Dreyfus was finally cleared in 1906.
~~
@story
On the first day of term, the teacher asked everyone to bring an object that told the story of their summer. Kwame came empty-handed; his family hadn't gone away. When his turn came, he took a plain grey pebble from his pocket and explained how, every evening, he had thrown it into the pond in the park, making a wish for each of his friends who had gone far away. The class went quiet. The pebble stayed on the teacher's desk all year.
~~
@list
English idioms and what they mean:

- "Break the ice": start a conversation in an awkward situation.
- "Under the weather": feeling a bit ill.
- "Cost an arm and a leg": be very expensive.
- "Let the cat out of the bag": reveal a secret.
- "Once in a blue moon": very rarely.
- "Bite off more than you can chew": take on too much.
~~
@howto
To remove a grease stain from clothes, cover it straight away with talcum powder or cornflour, which absorbs the oil. Leave it for a few hours, brush it off, then rub in a little washing-up liquid and leave for ten minutes before washing at the highest temperature the label allows. Check that the stain has gone before putting it in the tumble dryer, as heat will set it.
~~
@advice
If you're thinking of going back to study as an adult, start by talking to a careers adviser; in many places it's free. Look at what funding is available for adults, from loans to employer support, and whether your work experience can count towards a qualification. Part-time, online and evening courses let many people keep working. Plan the practical side too, like childcare and study time, because that's often what decides whether people finish.
~~
@code
To check that an email address looks plausible in Python, a simple regular expression is usually enough:

    import re

    def looks_like_email(text: str) -> bool:
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text) is not None

Don't try to write a perfect regex; it doesn't exist. The only real check is to send a confirmation email with a link.
~~
@howto
To make a proper tabbouleh, use lots of parsley: two big bunches of flat-leaf parsley, washed, dried well and finely chopped, a handful of mint, three tomatoes in small dice and a spring onion. Add only two or three tablespoons of fine bulgur, rinsed and squeezed dry. Dress with the juice of two lemons, olive oil, salt and a little mild chilli. Mix at the last minute so the parsley stays fresh.
~~
@list
Planning a train trip with children:

- Book seats together or a table.
- Bring books, colouring and a pack of cards.
- Pack snacks and a water bottle each.
- Download a few cartoons in case the signal is bad.
- Keep tickets in one easy pocket.
- Bring a small blanket; carriages can be chilly.
~~
@story
The old cinema on Carmelite Street was closing, and the projectionist decided that for the last show he would screen the film he had shown on his first day at work, forty years earlier. The room was full. When the lights came up, nobody moved. A woman stood and said she had seen that film there on her first date, with the man sitting next to her. They had been married for thirty-nine years. The cinema was bought by a community group the following year.
~~
@advice
If you're afraid of flying, tell the cabin crew when you board; they're used to it and will check on you. Learning how planes work helps a lot: turbulence is normal and aircraft are built to handle far more than you'll feel. Breathe slowly, breathing out for longer than you breathe in. Keep busy with a film or a book. Some airlines run fear-of-flying courses with pilots and psychologists.
~~
@explain
Secularism in France, called laïcité, is based on a 1905 law separating churches and the state. It guarantees freedom of conscience and worship, and requires the state to be neutral: it neither recognises, funds nor favours any religion. Public employees must stay neutral while at work, while members of the public remain free to express their beliefs within the limits set by law, for example in state schools, where conspicuous religious symbols have been banned for pupils since 2004.
~~
@howto
To get a toddler to brush their teeth, make it a routine at the same times every day, morning and night. Let them choose their own toothbrush and brush your teeth at the same time so they can copy you. Use a smear of fluoride toothpaste for under-threes and a pea-sized amount from three to six. Sing a two-minute song or use a sand timer. Let them have a go first, then finish off yourself until they're about seven.
~~
@explain
The Great Fire of London started on 2 September 1666 in a bakery on Pudding Lane. Fanned by a strong wind and fed by timber houses packed close together, it burned for four days and destroyed over 13,000 houses, 87 churches and the old St Paul's Cathedral. Surprisingly few deaths were recorded, though the true number is unknown. Afterwards, new buildings had to be made of brick or stone, and Christopher Wren designed the new St Paul's and many city churches.
~~
@code
If `git push` is rejected with "Updates were rejected because the remote contains work that you do not have locally", someone else has pushed commits since you last pulled. Run `git pull --rebase` to put your commits on top of theirs, fix any conflicts, then push again. Avoid `git push --force` on shared branches; if you really need it, `git push --force-with-lease` at least refuses to overwrite work you haven't seen.
~~
@list
Ways to make a house more energy efficient:

1. Insulate the loft; it's often the cheapest big saving.
2. Draught-proof doors and windows.
3. Turn the thermostat down by one degree.
4. Fit thermostatic valves on radiators.
5. Switch to LED bulbs.
6. Wash clothes at 30 degrees.
7. Only boil the water you need.
""")
FR.append(r"""
@howto
Pour apprendre à votre enfant à faire du vélo sans petites roues, commencez par une draisienne ou retirez les pédales : il apprend d'abord l'équilibre en poussant avec les pieds. Choisissez un terrain plat et dégagé, légèrement en pente douce. Quand il glisse sur plusieurs mètres les pieds levés, remettez les pédales. Tenez-le par les épaules plutôt que par la selle, et lâchez sans le dire. Casque obligatoire, et beaucoup d'encouragements : la plupart des enfants y arrivent en quelques séances.
~~
@explain
Le pass Navigo permet de voyager en illimité sur les transports d'Île-de-France : métro, RER, bus, tramway et trains dans la région. Il existe en forfait mensuel ou annuel, et l'employeur rembourse au moins la moitié de l'abonnement des salariés. Les jeunes bénéficient d'un forfait à tarif réduit, et certaines personnes à faibles revenus d'un tarif solidarité. Le passe se recharge en station, en ligne ou avec un téléphone compatible.
~~
@list
Pour organiser un anniversaire d'enfant à la maison :

- Limiter le nombre d'invités à l'âge de l'enfant plus un, c'est une bonne règle.
- Prévoir deux heures, pas plus.
- Un jeu calme à l'arrivée, le temps que tout le monde arrive.
- Deux ou trois jeux collectifs : chasse au trésor, chaises musicales, béret.
- Le goûter et le gâteau, puis l'ouverture des cadeaux.
- Un petit sachet de départ.
- Noter les numéros des parents au cas où.
~~
@code
Pour mesurer le temps d'exécution d'un bout de code Python :

    import time

    debut = time.perf_counter()
    resultat = sum(i * i for i in range(1_000_000))
    print(f"{time.perf_counter() - debut:.3f} s")

`perf_counter()` est l'horloge la plus précise pour ça. Pour comparer plusieurs versions d'une petite fonction, le module `timeit` répète la mesure et donne un résultat plus fiable.
~~
@story
Chaque mercredi, Lucien, huit ans, rendait visite à Mme Arnaud, sa voisine de quatre-vingt-dix ans, pour qu'elle l'aide en conjugaison. En échange, il lui montrait comment appeler sa petite-fille en vidéo. Au bout d'un an, il savait son passé simple et elle envoyait des émojis à toute sa famille. Quand Lucien déménagea, elle lui offrit son vieux Bescherelle, annoté au crayon. Lui lui laissa une tablette avec son numéro en favori. Ils s'appellent encore chaque mercredi.
~~
@advice
Pour mieux gérer le stress au travail, identifiez ce qui le provoque vraiment : la charge, les délais, les relations, le manque de sens. Notez pendant une semaine les moments tendus, cela aide à y voir clair. Fixez des limites, par exemple ne pas lire les mails le soir. Faites de vraies pauses, en marchant un peu si possible. Parlez-en à votre responsable ou au médecin du travail si la situation dure : ce n'est pas un aveu de faiblesse, c'est ce qu'ils sont là pour traiter.
~~
@explain
La Sécurité routière recommande une distance de sécurité d'au moins deux secondes avec le véhicule de devant, davantage par temps de pluie. Sur autoroute, les lignes blanches discontinues sur la bande d'arrêt d'urgence aident à l'estimer : il faut garder au moins deux traits entre vous et la voiture qui vous précède. À 130 km/h, deux secondes représentent environ 70 mètres. C'est le temps nécessaire pour réagir et commencer à freiner.
~~
@howto
Pour monter des blancs en neige bien fermes, utilisez des œufs à température ambiante et un saladier parfaitement propre et sec : la moindre trace de jaune ou de gras les empêche de monter. Ajoutez une pincée de sel, commencez à fouetter doucement puis accélérez. Quand ils deviennent mousseux, ajoutez progressivement le sucre si la recette en demande. Ils sont prêts quand ils forment un bec qui tient au bout du fouet. Incorporez-les ensuite délicatement à la spatule.
~~
@list
Livres jeunesse appréciés des 8-12 ans :

- « Le Petit Nicolas », de Goscinny et Sempé
- « Charlie et la chocolaterie », de Roald Dahl
- « La Rivière à l'envers », de Jean-Claude Mourlevat
- « Harry Potter à l'école des sorciers », de J. K. Rowling
- « Le Journal d'un dégonflé », de Jeff Kinney
- « L'Enfant océan », de Jean-Claude Mourlevat
- « Tobie Lolness », de Timothée de Fombelle
~~
@explain!
La Saint-Barthélemy désigne le massacre de protestants commencé à Paris dans la nuit du 23 au 24 août 1572, pendant les guerres de Religion. Alors que de nombreux nobles protestants étaient venus assister au mariage d'Henri de Navarre et de Marguerite de Valois, les chefs protestants furent assassinés sur ordre du pouvoir royal, puis la violence se répandit dans la ville et dans d'autres régions. Plusieurs milliers de personnes furent tuées. L'événement reste un symbole de l'intolérance religieuse.
~~
@code
Pour afficher les fichiers les plus volumineux d'un dossier sous Linux :

    du -ah ~/Documents | sort -rh | head -n 10

`du -ah` liste la taille de chaque fichier et dossier de façon lisible, `sort -rh` trie du plus gros au plus petit en comprenant les unités (K, M, G), et `head` garde les dix premiers. `ncdu` est un outil interactif très pratique pour la même chose.
~~
@howto
Pour faire une omelette baveuse, battez trois œufs à la fourchette avec du sel et du poivre, sans les faire mousser. Faites fondre une noix de beurre dans une poêle moyenne à feu moyen-vif. Quand il mousse, versez les œufs et remuez rapidement au centre avec une spatule en secouant la poêle, pour former de petits plis. Dès que le dessus est encore crémeux, repliez l'omelette en deux ou en trois et faites-la glisser sur l'assiette. Ajoutez des herbes ou du fromage juste avant de plier.
~~
@advice
Si vous devez annoncer une mauvaise nouvelle à un proche, choisissez un moment calme et un endroit où vous ne serez pas dérangés. Allez à l'essentiel sans trop tourner autour, avec des mots simples. Laissez ensuite de la place à l'émotion, sans chercher à tout réparer tout de suite. Proposez votre présence concrètement : « Je reste avec toi ce soir », « Je peux t'accompagner au rendez-vous ». Et revenez vers lui les jours suivants.
~~
@explain
La Fête de la musique a été lancée en France le 21 juin 1982 par le ministère de la Culture, à l'initiative de Jack Lang et de Maurice Fleuret. L'idée : inviter tous les musiciens, amateurs comme professionnels, à jouer gratuitement dans la rue le jour du solstice d'été. Le succès a été immédiat, et la fête est aujourd'hui célébrée dans plus de cent pays. Les concerts doivent être gratuits, et les mairies accordent ce soir-là des dérogations aux horaires habituels.
~~
@list
Petits gestes pour réduire ses déchets :

1. Emporter des sacs réutilisables pour les courses.
2. Acheter en vrac avec ses propres bocaux.
3. Coller un « Stop pub » sur la boîte aux lettres.
4. Utiliser une gourde plutôt que des bouteilles.
5. Composter les épluchures.
6. Réparer avant de racheter.
7. Donner ce qu'on n'utilise plus.
~~
@story
Le marchand de glaces passait dans notre rue tous les vendredis à cinq heures, avec une musique un peu trop rapide. Un vendredi, il ne vint pas. Ni le suivant. Les enfants écrivirent une lettre, adressée simplement « Au monsieur des glaces ». Le facteur, qui connaissait tout le monde, la lui apporta. Le vendredi d'après, le camion revint avec une pancarte : « De retour après mon opération de la hanche. Merci pour la lettre. Cornets offerts aujourd'hui. » La musique était toujours un peu trop rapide.
~~
@howto!
Pour couper du bois de chauffage en sécurité, portez des gants, des chaussures de sécurité et des lunettes. Posez la bûche bien droite sur un billot stable, à hauteur de genou. Écartez les jambes, gardez le dos droit et frappez au centre ou dans une fente existante, en laissant le poids de la hache travailler. Vérifiez que personne n'est à moins de trois mètres. Rangez le bois fendu sous abri, bien aéré, pendant au moins un an avant de le brûler.
~~
@explain
Le tri sélectif varie selon les communes, mais depuis 2023 la consigne est la même partout en France : tous les emballages et papiers vont dans le bac jaune, y compris les pots de yaourt, les barquettes et les films plastiques. Le verre va dans les conteneurs à verre, sans les bouchons ni les couvercles. Les déchets alimentaires doivent pouvoir être triés à part depuis 2024, avec un composteur ou une collecte dédiée. En cas de doute, l'application de votre collectivité donne la consigne.
~~
@code
Pour copier des fichiers vers un serveur en gardant seulement les modifications, `rsync` est l'outil idéal :

    rsync -avz --delete ./site/ utilisateur@serveur:/var/www/site/

`-a` préserve les droits et les dates, `-v` affiche ce qui est copié, `-z` compresse pendant le transfert et `--delete` supprime sur la destination ce qui n'existe plus à la source. Faites d'abord un essai avec `--dry-run` pour voir ce qui va se passer.
~~
@advice
Pour aider un enfant qui a peur du noir, ne vous moquez pas de sa peur et ne la balayez pas : elle est réelle pour lui. Une veilleuse douce, une porte entrouverte ou un doudou qui « monte la garde » peuvent suffire. Évitez les écrans et les histoires qui font peur avant le coucher. Un petit rituel rassurant, toujours le même, aide beaucoup. La plupart des enfants dépassent cette peur naturellement en grandissant.
~~
@list
Pour une première randonnée en montagne :

- Choisir un itinéraire court et connu, avec un dénivelé modéré.
- Partir tôt pour éviter les orages de l'après-midi.
- Vérifier la météo la veille et le matin.
- Prendre de l'eau, des vêtements chauds et un coupe-vent, même en été.
- Prévenir quelqu'un de son itinéraire.
- Savoir faire demi-tour si la fatigue ou le temps l'exigent.
~~
@explain
L'appellation d'origine protégée garantit qu'un produit est fabriqué dans une zone géographique précise, selon un savoir-faire reconnu. En France, on compte une cinquantaine de fromages AOP, comme le comté, le roquefort ou le reblochon, mais aussi des vins, des huiles, du piment d'Espelette ou des lentilles vertes du Puy. Le cahier des charges fixe par exemple la race des vaches, leur alimentation ou la durée d'affinage. Le logo rouge et jaune figure sur l'emballage.
~~
@story
Pour ses soixante-dix ans, ma mère a annoncé qu'elle voulait apprendre à nager. Nous avons ri, puis compris qu'elle était sérieuse. Le maître-nageur de la piscine municipale, un jeune homme timide, n'avait jamais eu d'élève de plus de quarante ans. Pendant six semaines, elle s'est agrippée au bord en battant des jambes. La septième, elle a lâché, a fait quatre mouvements et s'est relevée en crachant, triomphante. Elle fait une longueur chaque mardi et dit maintenant qu'elle est « une jeune nageuse ».
~~
@howto
Pour bien laver une salade, remplissez un grand saladier d'eau froide, plongez-y les feuilles et remuez délicatement : la terre tombe au fond. Sortez les feuilles à la main sans vider l'eau, pour ne pas reverser la terre dessus, et recommencez si besoin. Essorez dans une essoreuse ou dans un torchon propre. Une salade bien sèche garde mieux la vinaigrette et se conserve deux ou trois jours au frais, enveloppée dans un linge.
~~
@code
En SQL, pour compter le nombre de commandes par client et ne garder que ceux qui en ont plus de cinq :

    SELECT client_id, COUNT(*) AS nb_commandes
    FROM commandes
    GROUP BY client_id
    HAVING COUNT(*) > 5
    ORDER BY nb_commandes DESC;

`WHERE` filtre les lignes avant le regroupement, `HAVING` filtre les groupes après. Une erreur fréquente consiste à mettre la condition sur `COUNT(*)` dans le `WHERE`.
~~
@explain!
Le débarquement de Normandie, le 6 juin 1944, est la plus grande opération amphibie de l'histoire. Plus de 150 000 soldats alliés, américains, britanniques, canadiens, mais aussi français du commando Kieffer, débarquent sur cinq plages, de Utah à Sword, après des parachutages dans la nuit. Les pertes sont lourdes, en particulier à Omaha Beach. L'opération ouvre un front à l'Ouest et mène à la libération de Paris en août. Chaque année, des cérémonies ont lieu sur les plages et dans les cimetières militaires.
~~
@advice
Pour choisir une complémentaire santé, regardez d'abord vos besoins réels : lunettes, dentaire, consultations chez des spécialistes qui pratiquent des dépassements d'honoraires, hospitalisation. Comparez les garanties exprimées en pourcentage de la base de remboursement de la Sécurité sociale, pas seulement le prix. Si vous êtes salarié, votre employeur doit vous proposer une mutuelle et en payer au moins la moitié. Avec de faibles revenus, la complémentaire santé solidaire peut être gratuite.
~~
@list
Pour recevoir des amis à dîner sans stress :

- Un plat qui se prépare la veille, comme un bœuf bourguignon ou des lasagnes.
- Une entrée froide déjà dressée au frigo.
- Un dessert simple : tarte, mousse, salade de fruits.
- La table mise avant que les invités arrivent.
- Une playlist prête.
- Accepter l'aide quand on la propose.
~~
@howto
Pour faire sécher du linge en appartement en hiver, étendez-le dans la pièce la mieux chauffée mais pas sur les radiateurs, qui consommeraient davantage et feraient de l'humidité sur les murs. Espacez les vêtements pour que l'air circule. Aérez dix minutes deux fois par jour pour évacuer l'humidité. Un essorage plus fort à la machine réduit nettement le temps de séchage. Un déshumidificateur est une bonne solution si le logement est humide.
~~
@explain
Le Parlement européen est la seule institution de l'Union européenne élue directement par les citoyens, tous les cinq ans. Il compte 720 députés, répartis entre les pays selon leur population ; la France en élit 81. Avec le Conseil, qui réunit les ministres des États membres, il adopte la plupart des lois européennes et vote le budget de l'Union. Il siège à Strasbourg pour les sessions plénières et à Bruxelles pour les commissions.
~~
@story
Au collège, Samia était la seule à ne pas avoir de portable. Elle avait pris l'habitude de noter dans un carnet tout ce que les autres photographiaient : le coucher de soleil sur la cour, la tête du prof quand l'alarme s'était déclenchée, la neige du mois de mars. Vingt ans plus tard, à la fête des anciens élèves, personne n'avait gardé ses photos. Samia avait son carnet. Elle l'a lu à voix haute, et la moitié de la salle a pleuré de rire.
~~
@code
Pour tester une fonction Python avec pytest, créez un fichier `test_calcul.py` :

    from calcul import ajouter

    def test_ajouter_deux_entiers():
        assert ajouter(2, 3) == 5

    def test_ajouter_negatifs():
        assert ajouter(-1, -1) == -2

Lancez `pytest` dans le dossier : il trouve automatiquement les fichiers et fonctions qui commencent par `test`. En cas d'échec, il affiche les valeurs comparées, ce qui aide beaucoup à comprendre.
~~
@advice
Pour éviter les disputes sur l'argent dans un couple, parlez-en tôt et calmement, pas au moment d'une grosse dépense. Mettez à plat les revenus, les charges et les habitudes de chacun. Beaucoup de couples choisissent un compte commun pour les dépenses partagées, alimenté au prorata des revenus, et gardent chacun un compte personnel. Fixez un montant au-delà duquel on se consulte avant d'acheter. Et faites le point une fois par an.
~~
@howto!
Pour enlever une tique, utilisez un tire-tique, vendu en pharmacie. Glissez-le sous la tique au ras de la peau et tournez doucement sans tirer, jusqu'à ce qu'elle se détache avec sa tête. N'utilisez ni éther ni alcool avant de la retirer. Désinfectez ensuite la zone et notez la date. Surveillez la peau pendant un mois : si une plaque rouge qui s'étend apparaît, ou de la fièvre, consultez un médecin, car il peut s'agir de la maladie de Lyme.
~~
@list
Expressions pour structurer un texte argumentatif :

- Pour introduire : « Tout d'abord », « En premier lieu ».
- Pour ajouter : « De plus », « Par ailleurs », « En outre ».
- Pour opposer : « Cependant », « Néanmoins », « En revanche ».
- Pour illustrer : « Par exemple », « Ainsi ».
- Pour conclure : « En définitive », « Pour conclure », « Au bout du compte ».
~~
@explain
Les Restos du Cœur ont été fondés en 1985 par l'humoriste Coluche, qui voulait ouvrir des restaurants gratuits pour les plus démunis pendant l'hiver. Il meurt l'année suivante, mais l'association continue et grandit. Aujourd'hui, elle distribue chaque année plus de 150 millions de repas grâce à plus de 70 000 bénévoles, et propose aussi des aides à l'insertion, au logement et l'accès aux droits. La loi dite « Coluche » permet de déduire de ses impôts une grande partie des dons.
""")

EN.append(r"""
@howto
To teach a child to ride a bike without stabilisers, start with a balance bike or take the pedals off, so they learn balance first by scooting with their feet. Choose a flat, open space with a very gentle slope. When they can glide for several metres with their feet up, put the pedals back on. Hold them by the shoulders rather than the saddle, and let go without announcing it. A helmet every time, and lots of encouragement; most children get it in a few sessions.
~~
@explain
An Oyster card or a contactless bank card lets you pay for travel on London's buses, Tube, trams, Overground and most rail services within the city. Fares are capped daily and weekly, so you never pay more than the price of a travelcard for the zones you use. Children under 11 travel free with an adult, and there are discounts for young people, students and older residents. Touch in and out on the yellow readers on trains; on buses you only touch in.
~~
@list
Planning a child's birthday party at home:

- A good rule is the child's age plus one guests.
- Two hours is plenty.
- A quiet activity as people arrive.
- Two or three group games: treasure hunt, musical statues, pass the parcel.
- Food and cake, then presents.
- A small party bag to take home.
- Parents' phone numbers, just in case.
~~
@code
To time a piece of Python code:

    import time

    start = time.perf_counter()
    result = sum(i * i for i in range(1_000_000))
    print(f"{time.perf_counter() - start:.3f} s")

`perf_counter()` is the most precise clock for this. To compare small functions fairly, use the `timeit` module, which repeats the measurement many times and reduces noise.
~~
@story
Every Wednesday, eight-year-old Louis visited Mrs Arnold, his ninety-year-old neighbour, so she could help him with his spelling. In return, he showed her how to video-call her granddaughter in Australia. After a year, he could spell "necessary" and she was sending emojis to her whole family. When Louis moved away, she gave him her old dictionary, with notes in pencil. He left her a tablet with his number saved as a favourite. They still talk every Wednesday.
~~
@advice
To manage stress at work, work out what really causes it: the workload, deadlines, relationships or a lack of meaning. Keep notes for a week on the tense moments; patterns become clearer. Set limits, such as not reading emails in the evening. Take real breaks, with a short walk if you can. If it goes on, talk to your manager or occupational health; that's exactly what they're there for, and it's not a sign of weakness.
~~
@explain
The two-second rule is a simple way to keep a safe distance from the vehicle in front. Pick a fixed point, like a sign or a lamppost. When the car ahead passes it, say "only a fool breaks the two-second rule"; if you reach the point before you finish, you're too close. Double the gap in the wet and increase it much more on ice. At motorway speeds, two seconds is about 60 to 70 metres, roughly the distance you need to react and start braking.
~~
@howto
To whisk egg whites into stiff peaks, use eggs at room temperature and a completely clean, dry bowl; any trace of yolk or grease stops them rising. Start slowly, then speed up. Once they're foamy, add sugar gradually if the recipe uses it. They're ready when they hold a peak on the end of the whisk and the bowl can be tipped without them sliding. Fold them in gently with a large metal spoon or spatula.
~~
@list
Children's books loved by 8 to 12-year-olds:

- "Matilda" by Roald Dahl
- "Wonder" by R. J. Palacio
- "The Boy at the Back of the Class" by Onjali Q. Raúf
- "Harry Potter and the Philosopher's Stone" by J. K. Rowling
- "Diary of a Wimpy Kid" by Jeff Kinney
- "Holes" by Louis Sachar
- "Percy Jackson and the Lightning Thief" by Rick Riordan
~~
@explain!
The Peasants' Revolt of 1381 was the first great popular uprising in English history. Angered by a poll tax, high prices and restrictions on wages after the Black Death, rebels from Kent and Essex, led by Wat Tyler, marched on London, burned buildings and killed several royal officials, including the Archbishop of Canterbury. The fourteen-year-old King Richard II met them at Smithfield, where Tyler was killed. The king promised reforms, but the revolt was suppressed and the promises broken.
~~
@code
To find the biggest files in a folder on Linux:

    du -ah ~/Documents | sort -rh | head -n 10

`du -ah` lists the size of every file and folder in human-readable form, `sort -rh` sorts from largest to smallest while understanding units like K, M and G, and `head` keeps the top ten. `ncdu` is an interactive tool that does the same thing very conveniently.
~~
@howto
To make a French-style omelette, beat three eggs with salt and pepper, without making them frothy. Melt a knob of butter in a medium pan over a medium-high heat. When it foams, pour in the eggs and stir quickly in the centre with a spatula while shaking the pan, so small folds form. When the top is still creamy, fold the omelette in three and slide it onto a plate. Add herbs or cheese just before folding.
~~
@advice
If you have to break bad news to someone close, choose a quiet moment and a place where you won't be interrupted. Get to the point simply, without too much preamble. Then leave room for their reaction, without rushing to fix everything. Offer something concrete: "I'll stay with you tonight," "I can come to the appointment with you." And check in again over the next few days.
~~
@explain
The Proms are a summer season of classical music concerts held mainly at the Royal Albert Hall in London, founded in 1895 by the impresario Robert Newman and the conductor Henry Wood. The idea was to bring good music to a wide audience at low prices, and hundreds of standing "promenade" tickets are still sold cheaply on the day. The season runs for about eight weeks, and the Last Night of the Proms, with its flags and singalongs, is broadcast around the world.
~~
@list
Small ways to produce less rubbish:

1. Carry reusable bags.
2. Buy loose fruit and vegetables.
3. Use a refillable water bottle.
4. Compost peelings and coffee grounds.
5. Repair before replacing.
6. Give away what you no longer use.
7. Say no to free samples you won't use.
~~
@story
The school play was Sleeping Beauty, and Priya was cast as the spindle. She had one job: to be touched. On the night, the prince tripped over his cape and knocked the spindle, which is to say Priya, clean off the stage. There was a terrible silence. Then a voice from the orchestra pit said "Well, she's definitely asleep now," and the hall collapsed in laughter. Priya climbed back up, took a bow, and the director wrote the fall into the script for every performance after that.
~~
@howto!
To split firewood safely, wear gloves, sturdy boots and eye protection. Stand the log upright on a stable chopping block at about knee height. Keep your feet apart, your back straight, and aim for the centre or an existing crack, letting the weight of the axe do the work. Make sure nobody is within three metres. Stack the split wood under cover with air around it and let it season for at least a year before burning.
~~
@explain
Recycling rules vary between councils in the UK, but most accept paper, card, cans, glass bottles and jars, and plastic bottles in household recycling. Soft plastics like bags and crisp packets often can't go in the home bin but can be taken to supermarket collection points. Rinse containers and keep recycling loose rather than bagged. If you're unsure, your council's website usually has a search tool for individual items.
~~
@code
To copy files to a server and only send what has changed, `rsync` is ideal:

    rsync -avz --delete ./site/ user@server:/var/www/site/

`-a` keeps permissions and timestamps, `-v` shows what is copied, `-z` compresses during transfer and `--delete` removes files on the destination that no longer exist in the source. Try it first with `--dry-run` to see what would happen.
~~
@advice
To help a child who is afraid of the dark, don't mock the fear or brush it aside; it's real to them. A soft night light, a door left ajar or a favourite toy "keeping watch" is often enough. Avoid screens and scary stories just before bed. A short, reassuring routine, always the same, helps a lot. Most children grow out of this fear on their own.
~~
@list
For your first hill walk:

- Choose a short, well-known route with modest climbing.
- Start early.
- Check the mountain weather forecast the night before and in the morning.
- Take water, warm layers and a windproof, even in summer.
- Tell someone your route.
- Be ready to turn back if you're tired or the weather turns.
~~
@explain
A protected designation of origin is an EU and UK label guaranteeing that a food is produced, processed and prepared in a specific area using recognised know-how. Examples include Stilton cheese, Parma ham, Champagne and Kalamata olives. The rules can specify the breed of animal, what it eats or how long the product is aged. Related labels include protected geographical indication, which requires only one stage of production to take place in the area.
~~
@howto
To wash lettuce properly, fill a large bowl with cold water, put the leaves in and swish them gently: the soil sinks to the bottom. Lift the leaves out by hand rather than pouring the water over them, and repeat if needed. Dry them in a salad spinner or a clean tea towel. Dry leaves hold dressing better and keep for two or three days in the fridge wrapped in a cloth.
~~
@code
In SQL, to count orders per customer and keep only customers with more than five:

    SELECT customer_id, COUNT(*) AS order_count
    FROM orders
    GROUP BY customer_id
    HAVING COUNT(*) > 5
    ORDER BY order_count DESC;

`WHERE` filters rows before grouping and `HAVING` filters groups after. A common mistake is to put the condition on `COUNT(*)` in the `WHERE` clause.
~~
@explain!
D-Day, 6 June 1944, was the largest seaborne invasion in history. More than 150,000 Allied troops, American, British, Canadian and others, landed on five beaches in Normandy, code-named Utah, Omaha, Gold, Juno and Sword, after airborne landings during the night. Losses were heavy, especially at Omaha Beach. The operation opened a western front against Nazi Germany and led to the liberation of Paris in August. Commemorations are held on the beaches and in the war cemeteries every year.
~~
@advice
To avoid arguments about money as a couple, talk about it early and calmly, not in the middle of a big purchase. Put everything on the table: incomes, regular costs and spending habits. Many couples use a joint account for shared bills, paid into in proportion to income, and each keep a personal account. Agree an amount above which you check with each other before buying. Review it once a year.
~~
@list
Hosting a dinner without stress:

- A main you can make the day before, such as a stew or lasagne.
- A cold starter ready in the fridge.
- A simple pudding: a tart, a mousse or fruit salad.
- The table laid before guests arrive.
- A playlist ready to go.
- Accept help when it's offered.
~~
@howto
To dry laundry indoors in winter, hang it in a warm, ventilated room but not directly on radiators, which makes the heating work harder and puts moisture on the walls. Space clothes out so air can move between them. Open a window for ten minutes twice a day to let the damp out. A faster spin cycle cuts drying time a lot, and a dehumidifier helps if your home is prone to condensation.
~~
@explain
The European Parliament is the only EU institution directly elected by citizens, every five years. It has 720 members, shared between countries according to population. Together with the Council, made up of ministers from member states, it adopts most EU laws and approves the budget. Plenary sessions are held in Strasbourg, while committee work mostly takes place in Brussels.
~~
@story
At secondary school, Sana was the only one without a phone. She got into the habit of writing down in a notebook everything the others photographed: the sunset over the playground, the teacher's face when the fire alarm went off, the snow in March. Twenty years later, at the reunion, nobody had kept their photos. Sana had her notebook. She read it aloud, and half the room cried with laughter.
~~
@code
To test a Python function with pytest, create a file called `test_maths.py`:

    from maths import add

    def test_add_two_integers():
        assert add(2, 3) == 5

    def test_add_negatives():
        assert add(-1, -1) == -2

Run `pytest` in the folder; it finds files and functions whose names start with `test` automatically. When a test fails, it shows the values that were compared, which makes the problem much easier to spot.
~~
@howto!
To remove a tick, use a tick remover or fine-tipped tweezers. Grip the tick as close to the skin as possible and pull upwards slowly and steadily, or twist with a tick hook, until it comes away whole. Don't squeeze its body or use heat, alcohol or oils. Clean the area and wash your hands. Watch the skin for a month: if a spreading red rash or flu-like symptoms appear, see a doctor, as it could be Lyme disease.
~~
@list
Linking words for an essay:

- To begin: "Firstly", "To start with".
- To add: "Moreover", "Furthermore", "In addition".
- To contrast: "However", "Nevertheless", "On the other hand".
- To give an example: "For instance", "Such as".
- To conclude: "In conclusion", "Overall", "To sum up".
~~
@explain
The Trussell Trust is a UK charity that supports a network of more than 1,200 food bank centres. People are usually referred by a professional such as a GP, social worker or school, and receive three days of emergency food. Many food banks also offer advice on debt, benefits and housing. The charity publishes figures each year on food bank use and campaigns for changes to the benefits system so that fewer people need emergency food.
~~
@advice
When choosing a secondhand bike, check that the frame is the right size: standing over it, you should have a few centimetres of clearance. Look at the chain and sprockets for wear, spin the wheels to see if they wobble, and test the brakes and gears. Ask for the original receipt or check the frame number on a bike register to make sure it hasn't been reported stolen.
~~
@explain
The London Underground opened in 1863 with the Metropolitan Railway between Paddington and Farringdon, the world's first underground railway. Early trains were pulled by steam locomotives, which made the tunnels smoky. The first deep-level electric line, now part of the Northern line, opened in 1890. Today the network has 11 lines, 272 stations and carries up to five million passenger journeys a day. Its map, designed by Harry Beck in 1931, became a model for transit maps worldwide.
~~
@howto
To make a basic white sauce, melt 30 g of butter in a pan, stir in 30 g of flour and cook for a minute without browning. Take the pan off the heat and whisk in 400 ml of milk a little at a time to avoid lumps. Return to the heat and stir constantly until it thickens and bubbles gently, then cook for two more minutes. Season with salt, pepper and nutmeg. Add grated cheese for a cheese sauce.
~~
@list
Things to do in the first week at a new job:

1. Learn names, and write them down.
2. Ask your manager what success looks like in three months.
3. Find out who to ask about what.
4. Read existing documentation before asking questions it answers.
5. Have coffee with a few colleagues.
6. Note questions as they come and ask them in batches.
~~
@story
The old man who ran the allotment shed kept a chalkboard by the door with the date and one line of advice. "Plant your garlic on the shortest day." "Slugs hate copper and gossip." "If in doubt, water." When he stopped coming, the board stayed blank for a week. Then one morning there was a new line, in a child's handwriting: "He's in hospital. He says don't forget the beans." Someone wrote underneath, "Tell him we won't." By the end of the day, the whole board was full.
""")

FR.append(r"""
@howto
Pour faire une pâte à pizza maison, mélangez 500 g de farine, 10 g de sel et 7 g de levure de boulanger sèche. Ajoutez 30 cl d'eau tiède et deux cuillères d'huile d'olive, puis pétrissez dix minutes jusqu'à obtenir une pâte lisse et souple. Laissez lever deux heures sous un torchon, à l'abri des courants d'air. Divisez en trois pâtons, étalez-les à la main plutôt qu'au rouleau pour garder les bulles, garnissez et enfournez à la température maximale du four, 8 à 10 minutes.
~~
@explain
Le Loto du patrimoine a été créé en 2018 pour financer la restauration de monuments historiques en péril. Chaque année, la Mission patrimoine, confiée à Stéphane Bern, sélectionne une centaine de sites, châteaux, églises, lavoirs, moulins ou phares, et une partie des mises des jeux de grattage et de tirage spéciaux leur est reversée. Les sommes ne couvrent souvent qu'une partie des travaux, mais elles déclenchent d'autres financements et font connaître des lieux oubliés.
~~
@advice
Pour réussir un oral, préparez un plan clair en trois parties et entraînez-vous à voix haute, chronomètre en main. Ne rédigez pas tout : notez des mots-clés sur des fiches, ça évite de lire. Regardez le jury, parlez un peu plus lentement que d'habitude et marquez une petite pause entre les parties. Si vous perdez le fil, respirez, regardez vos notes et reprenez : le jury ne retient presque jamais ce genre de moment.
~~
@list
Quelques jeux de société pour jouer en famille :

- Les Aventuriers du Rail, pour construire des lignes de train.
- Dobble, rapide et drôle.
- Carcassonne, pour poser des tuiles et bâtir un paysage.
- Dixit, pour raconter des histoires à partir de cartes illustrées.
- Le Petit Bac, qui ne demande qu'un papier et un crayon.
- Uno, indémodable.
~~
@code
Pour créer un environnement virtuel Python et y installer des paquets :

    python3 -m venv .venv
    source .venv/bin/activate   # sous Windows : .venv\Scripts\activate
    pip install requests

Enregistrez la liste des dépendances avec `pip freeze > requirements.txt` pour qu'une autre personne puisse tout réinstaller avec `pip install -r requirements.txt`. Pensez à ajouter `.venv` à votre `.gitignore`.
~~
@story
Quand Mamie Rose a eu quatre-vingts ans, elle a demandé un seul cadeau : que chacun de ses petits-enfants lui écrive une lettre à la main. Certains n'avaient pas écrit de lettre depuis l'école primaire. Les réponses sont arrivées pendant des mois, maladroites, drôles, parfois très longues. Elle les a rangées dans une boîte à chaussures décorée. Aujourd'hui, c'est nous qui relisons ces lettres, et nous découvrons qu'elle avait répondu à chacune, sans jamais les poster, pour que nous les trouvions plus tard.
~~
@explain
La Cour des comptes contrôle la façon dont l'argent public est dépensé par l'État, les collectivités, les hôpitaux ou les organismes de sécurité sociale. Ses magistrats sont indépendants. Elle publie chaque année un rapport public, souvent très commenté, qui pointe les dépenses mal maîtrisées et fait des recommandations. Elle certifie aussi les comptes de l'État. Dans les régions, des chambres régionales des comptes jouent le même rôle pour les collectivités locales.
~~
@howto
Pour repasser une chemise, commencez par le col, envers puis endroit, en allant des pointes vers le centre. Passez ensuite aux poignets, puis aux manches, en les posant bien à plat. Repassez l'empiècement du dos à l'aide du bout de la planche, puis les devants et le dos. Un fer à la bonne température, un peu de vapeur et une chemise encore légèrement humide rendent tout plus facile. Suspendez-la tout de suite sur un cintre.
~~
@list!
Bons réflexes en cas d'orage en montagne :

- Redescendre dès les premiers grondements.
- S'éloigner des crêtes, des sommets et des arbres isolés.
- Lâcher les bâtons de marche et les objets métalliques.
- S'accroupir pieds joints sur son sac, sans s'allonger.
- Ne pas s'abriter sous un rocher en surplomb.
- Attendre trente minutes après le dernier coup de tonnerre avant de repartir.
~~
@advice
Pour garder le contact avec des amis quand la vie s'accélère, fixez des rendez-vous réguliers plutôt que d'attendre « quand on aura le temps » : un dîner le premier vendredi du mois, un appel le dimanche. Un message court vaut mieux que rien. Partagez des petites choses, une photo, un article. Et acceptez que certaines amitiés changent de rythme sans s'arrêter pour autant : on peut se retrouver après des mois comme si on s'était quittés la veille.
~~
@explain!
L'incendie de Notre-Dame de Paris, le 15 avril 2019, a détruit la flèche de Viollet-le-Duc et une grande partie de la charpente médiévale, surnommée « la forêt ». Les pompiers ont réussi à sauver les deux tours et la plupart des œuvres. L'enquête a privilégié la piste accidentelle, un mégot ou un court-circuit. Après plus de cinq ans de travaux menés par des centaines d'artisans, la cathédrale a rouvert ses portes en décembre 2024, avec une flèche reconstruite à l'identique.
~~
@code
Pour lire une variable d'environnement en Python avec une valeur par défaut :

    import os

    port = int(os.environ.get("PORT", "8000"))
    mode_debug = os.environ.get("DEBUG", "0") == "1"

Évitez de mettre des secrets comme des mots de passe directement dans le code : passez-les par des variables d'environnement ou un fichier `.env` que vous ne versionnez pas.
~~
@howto
Pour entretenir une planche à découper en bois, lavez-la à l'eau chaude savonneuse juste après usage, sans la laisser tremper ni la mettre au lave-vaisselle. Séchez-la debout. Une fois par mois, frottez-la avec du gros sel et un demi-citron, rincez, puis huilez-la légèrement avec de l'huile alimentaire. Utilisez une planche réservée à la viande crue, ou lavez-la soigneusement avant de couper des légumes crus.
~~
@list
Pour reconnaître un SMS frauduleux :

- Il crée l'urgence : colis bloqué, amende impayée, compte suspendu.
- Il contient un lien vers un site dont l'adresse ne correspond pas.
- Il demande des codes ou des coordonnées bancaires.
- Il vient d'un numéro inconnu ou étranger.

En cas de doute, ne cliquez pas, transférez le message au 33700 et contactez l'organisme par ses coordonnées habituelles.
~~
@explain
Le pain au chocolat et la chocolatine désignent la même viennoiserie : une pâte feuilletée levée garnie de deux barres de chocolat. « Chocolatine » est surtout utilisé dans le Sud-Ouest, en Occitanie et au Québec, « pain au chocolat » presque partout ailleurs. L'origine du mot « chocolatine » est discutée ; une hypothèse le rattache à l'influence autrichienne sur la viennoiserie. Le débat, bon enfant, revient régulièrement, jusqu'au Parlement où un amendement en sa faveur a même été déposé.
~~
@story
Le concierge de l'immeuble notait les anniversaires de tous les résidents dans un petit carnet noir. Le jour venu, il glissait une carte sous la porte, signée simplement « la loge ». Personne ne savait comment il connaissait les dates. Quand il prit sa retraite, les résidents organisèrent une fête dans la cour. Sur la table, une pile de cartes, une par appartement, avec la même signature : « les résidents ». C'est la première fois qu'on le vit pleurer.
~~
@advice
Pour vous mettre à la lecture si vous n'en avez pas l'habitude, choisissez des livres courts et qui vous intéressent vraiment, sans vous forcer à lire des classiques. Les romans policiers, les BD, les récits de voyage ou les livres audio comptent. Lisez dix minutes par jour, au même moment, par exemple avant de dormir. Abandonnez sans culpabilité un livre qui vous ennuie. La médiathèque est gratuite et les bibliothécaires adorent conseiller.
~~
@howto!
Pour vidanger et nettoyer un aquarium sans stresser les poissons, ne changez qu'un quart à un tiers de l'eau à la fois. Débranchez le chauffage et le filtre, siphonnez le fond pour retirer les déchets, puis remplacez par de l'eau du robinet conditionnée et à la même température. Rincez la mousse du filtre dans l'eau retirée de l'aquarium, jamais sous le robinet, pour garder les bonnes bactéries. Une fois par semaine ou tous les quinze jours suffit.
~~
@list
Pour bien commencer une année scolaire au lycée :

1. Noter dès la première semaine les dates importantes.
2. Ranger ses cours par matière, papier ou numérique.
3. Relire le cours du jour le soir même, même dix minutes.
4. Ne pas attendre les contrôles pour poser des questions.
5. Garder du temps pour le sport et les amis.
6. Dormir suffisamment, surtout la veille des évaluations.
~~
@explain
Le quotient familial sert à calculer l'impôt sur le revenu en tenant compte de la taille du foyer. Le revenu imposable est divisé par un nombre de parts : une pour un célibataire, deux pour un couple marié ou pacsé, une demi-part par enfant pour les deux premiers, une part entière à partir du troisième. On applique le barème à ce revenu par part, puis on multiplie par le nombre de parts. L'avantage lié aux enfants est plafonné.
~~
@code
En CSS, pour créer une grille de cartes qui s'adapte à la largeur de l'écran :

    .cartes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 1rem;
    }

Chaque carte fait au moins 220 pixels de large, et le navigateur met autant de colonnes que la place le permet. Pas besoin de media queries pour les cas simples.
~~
@howto
Pour planter des bulbes de tulipes, attendez octobre ou novembre, quand la terre a refroidi. Choisissez un endroit ensoleillé et bien drainé. Creusez des trous d'une profondeur égale à trois fois la hauteur du bulbe, environ 15 cm, et espacez-les de 10 cm. Placez les bulbes pointe vers le haut, recouvrez de terre et arrosez une fois. Ils passeront l'hiver en terre et fleuriront au printemps. Pour un bel effet, plantez-les en groupes plutôt qu'en ligne.
~~
@advice
Pour parler de ses émotions avec un enfant, mettez des mots sur ce qu'il vit : « Tu as l'air déçu parce que la sortie est annulée. » Acceptez toutes les émotions, même si tous les comportements ne sont pas acceptables. Racontez aussi les vôtres, simplement. Les livres sur les émotions et les jeux de cartes d'humeur aident les plus petits. Et choisissez des moments calmes, en voiture ou au coucher, souvent plus propices aux confidences qu'un face-à-face.
~~
@explain
La Camargue est une vaste zone humide située dans le delta du Rhône, entre les deux bras du fleuve. Elle abrite une faune exceptionnelle, dont des milliers de flamants roses, ainsi que des taureaux et des chevaux élevés en semi-liberté. On y cultive du riz et on y récolte du sel à Salin-de-Giraud et Aigues-Mortes. Le parc naturel régional, créé en 1970, cherche à concilier protection de la nature, agriculture et tourisme.
~~
@story
Au marché, la vieille marchande de fleurs gardait toujours un bouquet de côté, sans jamais dire pour qui. À midi, quand elle remballait, elle le donnait à la première personne qui avait l'air triste. Un jour, ce fut un jeune homme en costume qui sortait de la mairie, seul. Il revint la semaine suivante, avec une jeune femme, pour lui acheter le plus grand bouquet de l'étal. Il ne dit rien, elle non plus. Elle mit simplement un bouquet de plus de côté.
~~
@howto
Pour faire un bon café au filtre, comptez environ une cuillère à soupe bombée de café moulu moyen par tasse de 15 cl. Utilisez de l'eau filtrée, chauffée autour de 92 à 96 °C, jamais bouillante. Mouillez d'abord légèrement le café et attendez trente secondes pour qu'il gonfle, puis versez le reste de l'eau doucement en cercles. Conservez le café moulu dans une boîte hermétique, à l'abri de la lumière, et buvez-le dans la demi-heure.
~~
@list
Pour un premier rendez-vous chez le psychologue :

- Noter ce qui vous amène et depuis quand.
- Lister vos questions : durée, fréquence, tarif.
- Savoir que le dispositif « Mon soutien psy » permet des séances remboursées.
- Vous sentir libre de changer si le courant ne passe pas.
- Accepter de ne pas tout dire dès la première séance.
~~
@code
Pour renommer plusieurs fichiers d'un coup en Python, par exemple passer tous les `.jpeg` en `.jpg` :

    from pathlib import Path

    for fichier in Path("photos").glob("*.jpeg"):
        fichier.rename(fichier.with_suffix(".jpg"))

Faites d'abord un essai en affichant seulement `print(fichier, "->", fichier.with_suffix(".jpg"))` pour vérifier ce qui va se passer avant de renommer pour de vrai.
~~
@explain!
La grippe espagnole de 1918-1919 est l'une des pandémies les plus meurtrières de l'histoire : elle aurait tué entre 20 et 50 millions de personnes dans le monde, davantage que la Première Guerre mondiale. Malgré son nom, elle ne venait pas d'Espagne ; ce pays neutre était simplement l'un des seuls à publier librement des informations sur l'épidémie. Elle touchait particulièrement les jeunes adultes. Elle a durablement influencé l'organisation de la santé publique.
~~
@advice
Si vous voulez réduire votre consommation d'alcool, fixez-vous des objectifs concrets : des jours sans alcool dans la semaine, un nombre maximal de verres. Alternez avec de l'eau, choisissez des boissons moins fortes et ne buvez pas le ventre vide. Prévenez vos proches pour qu'ils vous soutiennent. Les repères officiels sont de deux verres par jour maximum et pas tous les jours. Si c'est difficile, parlez-en à votre médecin ou appelez Alcool Info Service.
~~
@howto
Pour conserver des tomates en bocaux, lavez-les, incisez-les en croix et plongez-les une minute dans l'eau bouillante pour les peler. Coupez-les en quartiers, remplissez des bocaux stérilisés en tassant bien, ajoutez une pincée de sel et une feuille de basilic. Fermez et stérilisez dans un grand faitout d'eau bouillante pendant 45 minutes, les bocaux recouverts d'eau. Laissez refroidir dans l'eau. Ils se conservent un an dans un endroit frais et sombre.
~~
@list
Mots souvent mal orthographiés en français :

- « Quand même », pas « comme même ».
- « Malgré que » est à éviter : préférez « bien que ».
- « Je vais essayer », et non « je vais essayé ».
- « Au temps pour moi » ou « autant pour moi », les deux sont admis.
- « Davantage » en un mot quand il signifie « plus ».
- « Bien sûr », avec un accent circonflexe.
~~
@explain
Les jours fériés en France sont au nombre de onze : le 1er janvier, le lundi de Pâques, le 1er mai, le 8 mai, l'Ascension, le lundi de Pentecôte, le 14 juillet, le 15 août, la Toussaint, le 11 novembre et Noël. L'Alsace et la Moselle en comptent deux de plus, le Vendredi saint et le 26 décembre, héritage de leur histoire. Seul le 1er mai est obligatoirement chômé et payé pour tous les salariés ; pour les autres, cela dépend des conventions collectives.
~~
@story
Un matin de brouillard, le ferry pour l'île resta à quai. Sur le quai, une vingtaine de voyageurs pressés fulminaient. Le capitaine descendit avec un grand thermos et des gobelets et se mit à servir du café à tout le monde. Puis il sortit un jeu de cartes. Quand le brouillard se leva, trois heures plus tard, une partie de belote endiablée opposait un notaire, deux lycéennes et un pêcheur. Personne ne voulait plus partir avant la dernière donne.
~~
@howto
Pour bien ranger une armoire, videz-la entièrement et triez en trois tas : ce que vous gardez, ce que vous donnez, ce que vous jetez. Gardez ce que vous avez porté dans l'année. Rangez par catégorie, puis par couleur si vous aimez. Pliez les t-shirts à la verticale dans les tiroirs pour tout voir d'un coup. Mettez les vêtements de saison à portée de main et le reste en hauteur, dans des boîtes étiquetées.
""")

EN.append(r"""
@howto
To make pizza dough, mix 500 g of strong flour, 10 g of salt and 7 g of fast-action yeast. Add 300 ml of warm water and two tablespoons of olive oil and knead for ten minutes until smooth and stretchy. Cover and leave to rise for about two hours. Divide into three balls and stretch them by hand rather than with a rolling pin, to keep the air bubbles. Top lightly and bake at your oven's highest setting for 8 to 10 minutes, ideally on a preheated tray or stone.
~~
@explain
The National Trust is a charity that looks after historic houses, gardens, coastline and countryside in England, Wales and Northern Ireland. It was founded in 1895 by Octavia Hill, Robert Hunter and Hardwicke Rawnsley to protect places "of historic interest or natural beauty" for everyone. Today it cares for more than 500 properties and hundreds of miles of coast, funded largely by members' subscriptions, donations and volunteers. Scotland has its own separate National Trust for Scotland.
~~
@advice
For an oral presentation, prepare a clear structure with three main points and rehearse out loud with a timer. Don't write out every word; put key words on cards so you're not tempted to read. Look at your audience, speak a little slower than feels natural and pause briefly between sections. If you lose your place, breathe, glance at your notes and carry on; the audience almost never remembers those moments.
~~
@code
To read an environment variable in Python with a default value:

    import os

    port = int(os.environ.get("PORT", "8000"))
    debug = os.environ.get("DEBUG", "0") == "1"

Avoid putting secrets such as passwords or API keys directly in code; pass them in through environment variables or a `.env` file that you keep out of version control.
~~
@story
When Grandma Rose turned eighty, she asked for only one present: a handwritten letter from each of her grandchildren. Some of them hadn't written a letter since primary school. The letters arrived over several months, clumsy, funny, some very long. She kept them in a decorated shoebox. Now we're the ones rereading them, and we've discovered she answered every single one, without ever posting her replies, so that we'd find them one day.
~~
@explain
The National Audit Office scrutinises how government departments and other public bodies spend taxpayers' money in the UK. It is independent of government and reports to Parliament. Its reports look at whether spending delivered value for money, from defence contracts to hospital building programmes, and they're often discussed by the Public Accounts Committee of the House of Commons. It also audits the accounts of government departments every year.
~~
@howto
To iron a shirt, start with the collar, back then front, working from the points towards the middle. Then do the cuffs, then the sleeves, laid flat. Iron the shoulder yoke over the narrow end of the board, then the front panels and the back. Setting the right temperature, using a little steam and ironing while the shirt is still slightly damp make it much easier. Hang it on a hanger straight away.
~~
@list!
What to do if you're caught in a thunderstorm on a hill:

- Head down as soon as you hear thunder.
- Move away from ridges, summits and lone trees.
- Put down walking poles and metal objects.
- Crouch on your rucksack with your feet together; don't lie flat.
- Don't shelter under overhanging rocks.
- Wait 30 minutes after the last thunder before moving on.
~~
@advice
To stay in touch with friends when life gets busy, set regular dates instead of waiting until "we've got time": dinner on the first Friday of the month, a call on Sundays. A short message is better than nothing. Share small things, a photo, an article. And accept that some friendships change pace without ending; you can pick up after months as if you'd seen each other yesterday.
~~
@explain!
The fire at Notre-Dame de Paris on 15 April 2019 destroyed the cathedral's spire and much of its medieval oak roof structure, known as "the forest". Firefighters saved the two towers and most of the artworks. Investigators concluded the fire was most likely accidental. After more than five years of work by hundreds of craftspeople, the cathedral reopened in December 2024, with the spire rebuilt as it had been.
~~
@howto
To look after a wooden chopping board, wash it in hot soapy water right after use, without soaking it or putting it in the dishwasher, and let it dry standing up. Once a month, scrub it with coarse salt and half a lemon, rinse, and rub in a thin layer of food-safe oil. Keep a separate board for raw meat, or wash the board thoroughly before cutting vegetables you'll eat raw.
~~
@list
How to spot a scam text message:

- It creates urgency: a missed parcel, an unpaid fine, a locked account.
- It includes a link to a website whose address doesn't match the company.
- It asks for codes, passwords or card details.
- It comes from an unknown number.

If in doubt, don't click. In the UK you can forward suspicious texts to 7726 for free, and contact the company using the number you already know.
~~
@explain
"Scone" is famously pronounced two ways in Britain: to rhyme with "gone" or with "bone". Surveys suggest that "gone" is more common overall, especially in the north of England and Scotland, while "bone" is more common in parts of the south. There's an equally passionate debate about whether jam or cream goes on first: in Devon, cream first; in Cornwall, jam first. Both taste the same, which has never settled anything.
~~
@story
The caretaker of the block kept everyone's birthdays in a little black notebook. On the day, he slid a card under the door, signed simply "the lodge". Nobody knew how he knew the dates. When he retired, the residents threw a party in the courtyard. On the table was a pile of cards, one from every flat, all with the same signature: "the residents". It was the first time anyone had seen him cry.
~~
@advice
If you'd like to read more but aren't in the habit, pick short books on subjects you genuinely enjoy, rather than forcing yourself through classics. Crime novels, graphic novels, travel writing and audiobooks all count. Read for ten minutes a day at the same time, for example before bed. Give up on a boring book without guilt. Libraries are free, and librarians love making recommendations.
~~
@howto!
To clean an aquarium without stressing the fish, change only a quarter to a third of the water at a time. Switch off the heater and filter, siphon waste from the gravel, then top up with dechlorinated tap water at the same temperature. Rinse the filter sponge in the water you've taken out, never under the tap, to keep the helpful bacteria alive. Doing this every week or two is enough for most tanks.
~~
@list
Starting the school year well at secondary school:

1. Write down important dates in the first week.
2. Organise notes by subject, on paper or digitally.
3. Look over the day's lessons that evening, even for ten minutes.
4. Ask questions as they come, not just before tests.
5. Keep time for sport and friends.
6. Get enough sleep, especially before exams.
~~
@explain
In the UK, Income Tax is charged on earnings above a Personal Allowance, which most people receive. Income above that is taxed in bands, with a basic rate, a higher rate and an additional rate for the highest earners, and Scotland sets its own rates. Most employees pay through PAYE, meaning their employer deducts tax and National Insurance from each payslip. Self-employed people file a Self Assessment tax return once a year.
~~
@code
In CSS, to make a grid of cards that adapts to the screen width:

    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 1rem;
    }

Each card is at least 220 pixels wide, and the browser fits as many columns as there is room for. For simple layouts you don't need any media queries.
~~
@howto
To plant tulip bulbs, wait until October or November, when the soil has cooled. Choose a sunny, well-drained spot. Dig holes about three times as deep as the bulb is tall, roughly 15 cm, and 10 cm apart. Put the bulbs in pointed end up, cover with soil and water once. They'll spend the winter underground and flower in spring. For the best effect, plant them in generous groups rather than in a line.
~~
@advice
To talk about feelings with a child, put words to what they're going through: "You look disappointed because the trip was cancelled." Accept every feeling, even if not every behaviour is acceptable. Share your own feelings too, simply. Picture books about emotions help younger children. And choose relaxed moments, in the car or at bedtime, which are often better for confidences than a face-to-face talk.
~~
@explain
The Norfolk Broads are a network of rivers and shallow lakes in eastern England, which were long thought to be natural. In the 1950s, researchers showed that they are in fact flooded medieval peat diggings, dug out for fuel between the twelfth and fourteenth centuries and later filled by rising water levels. Today the Broads are a national park-level protected area, home to rare wildlife such as the swallowtail butterfly, and popular for boating holidays.
~~
@story
At the market, the old flower seller always kept one bouquet aside and never said who it was for. At noon, packing up, she gave it to the first person who looked sad. One day it was a young man in a suit coming out of the registry office, alone. He came back the next week with a young woman and bought the biggest bouquet on the stall. He said nothing, and neither did she. She simply started keeping two bouquets aside.
~~
@howto
To make good filter coffee, use about one rounded tablespoon of medium-ground coffee per 150 ml cup. Use filtered water heated to 92–96 °C, not boiling. Pour a little water over the grounds first and wait 30 seconds for them to bloom, then pour the rest slowly in circles. Keep ground coffee in an airtight tin away from light, and drink the coffee within half an hour.
~~
@list
Before your first appointment with a therapist:

- Note what brings you there and how long it's been going on.
- List your questions: length of sessions, frequency, cost.
- Check whether you can be referred through your GP or workplace.
- Know that you can change therapist if it doesn't feel right.
- Accept that you don't have to say everything in the first session.
~~
@code
To rename many files at once in Python, for example changing every `.jpeg` to `.jpg`:

    from pathlib import Path

    for path in Path("photos").glob("*.jpeg"):
        path.rename(path.with_suffix(".jpg"))

Do a dry run first by printing `path, "->", path.with_suffix(".jpg")` instead of renaming, so you can check the result before changing anything.
~~
@explain!
The 1918 influenza pandemic, often called the Spanish flu, was one of the deadliest in history, killing an estimated 20 to 50 million people worldwide, more than the First World War. Despite its name, it didn't start in Spain; Spain was neutral in the war and its newspapers reported freely on the disease, while other countries censored the news. Unusually, it hit young adults hard. It shaped the development of public health systems for decades.
~~
@advice
If you want to cut down on alcohol, set concrete goals: several drink-free days a week, or a maximum number of drinks. Alternate with water, choose lower-strength drinks and don't drink on an empty stomach. Tell friends so they can support you. UK guidelines suggest no more than 14 units a week, spread over several days. If you find it hard to cut back, your GP or a service like Drinkline can help.
~~
@howto
To preserve tomatoes in jars, wash them, score a cross in the base and put them in boiling water for a minute so the skins slip off. Quarter them, pack them tightly into sterilised jars, and add a pinch of salt and a basil leaf. Seal and process the jars in a large pan of boiling water, covered by water, for 45 minutes. Let them cool in the water. They keep for a year in a cool, dark place.
~~
@list
Commonly confused words in English:

- "Affect" (usually a verb) and "effect" (usually a noun).
- "Their", "there" and "they're".
- "Its" (belonging to it) and "it's" (it is).
- "Complement" (complete) and "compliment" (praise).
- "Stationary" (not moving) and "stationery" (paper).
- "Lose" (misplace) and "loose" (not tight).
~~
@explain
England and Wales have eight permanent bank holidays a year: New Year's Day, Good Friday, Easter Monday, the early May bank holiday, the spring bank holiday, the summer bank holiday at the end of August, Christmas Day and Boxing Day. Scotland and Northern Ireland have some different ones, such as St Andrew's Day or St Patrick's Day. Workers don't automatically have a legal right to paid time off on bank holidays; it depends on their contract.
~~
@story
One foggy morning, the ferry to the island stayed in port. On the quay, twenty impatient travellers grumbled. The captain came down with a big flask and paper cups and started pouring coffee for everyone. Then he took out a pack of cards. When the fog lifted three hours later, a fierce game of rummy was under way between a solicitor, two schoolgirls and a fisherman, and nobody wanted to board until the last hand was played.
~~
@howto
To sort out a wardrobe, empty it completely and make three piles: keep, donate and throw away. Keep what you've worn in the past year. Put things back by category, then by colour if you like. Fold T-shirts upright in drawers so you can see them all at once. Keep this season's clothes within easy reach and store the rest higher up in labelled boxes.
~~
@explain
A mortgage is a loan to buy a property, secured against that property. You usually pay a deposit, often 5 to 20 percent of the price, and borrow the rest, repaying it with interest over a long term such as 25 years. With a fixed-rate mortgage, your interest rate stays the same for a set period; with a variable or tracker mortgage, it can go up or down. If you can't keep up repayments, the lender can eventually repossess the home, so it's important to borrow an amount you can afford even if rates rise.
~~
@code
To count how often each word appears in a text in Python:

    from collections import Counter
    import re

    text = "the cat and the dog and the rabbit"
    words = re.findall(r"\w+", text.lower())
    print(Counter(words).most_common(3))
    # [('the', 3), ('and', 2), ('cat', 1)]

To ignore common words like "the" and "and", filter them out with a set of stop words before counting.
~~
@advice
When a child starts at a new school, visit together beforehand if you can, and walk the route a few times. Talk about what will happen on the first day, practically: where they'll hang their coat, what lunch will be like. Label their belongings. Keep the first weeks calm at home, with early nights. Ask open questions after school, like "what made you laugh today?", rather than "how was it?", and let the teacher know if something is worrying them.
~~
@explain
The Gulf Stream is a powerful, warm ocean current that flows from the Gulf of Mexico along the east coast of the United States and then across the Atlantic. It's part of a larger system of currents that carries heat northwards, which helps explain why western Europe has milder winters than places at the same latitude in Canada. Scientists are studying whether this circulation is slowing because of climate change, as melting ice adds fresh water to the North Atlantic.
~~
@list
Simple stretches for people who sit at a desk all day:

1. Roll your shoulders backwards ten times.
2. Gently tilt your ear towards your shoulder, each side.
3. Clasp your hands behind you and open your chest.
4. Sit tall and twist gently to each side.
5. Stand and pull one foot towards your bottom to stretch the thigh.
6. Every hour, stand up and walk for two minutes.
~~
@story
The old man who ran the hardware shop never used a computer. He knew where every screw, washer and hinge was, and he kept accounts in a ledger in beautiful handwriting. When his granddaughter took over, she spent a month entering everything into a spreadsheet. On her first day alone, a customer asked for "one of those little brass things for the cupboard door, like the one Mrs Patel bought in 2009". She checked the spreadsheet, found nothing, and then found it in the ledger, in her grandfather's handwriting, with a drawing.
~~
@howto
To make a quick pickle, slice vegetables such as red onion, cucumber or carrots thinly and pack them into a clean jar. Heat 100 ml of vinegar, 100 ml of water, a tablespoon of sugar and a teaspoon of salt until dissolved. Pour it over the vegetables, let it cool, then close the jar and refrigerate. They're ready in an hour and keep for about two weeks. Add mustard seeds, peppercorns or a chilli for extra flavour.
~~
@explain
The Booker Prize is one of the best-known literary awards in the English-speaking world, given each year to a novel written in English and published in the UK or Ireland. It started in 1969. The winner receives £50,000, and sales usually rise sharply. A separate International Booker Prize honours fiction translated into English, with the prize money shared equally between author and translator.
~~
@advice
When you disagree with a friend about politics, try to understand why they think what they think before arguing about what they think. Ask questions and listen to the answers. Stick to one topic rather than everything at once. It's fine to say "I see it differently" and move on; you don't have to win. Most long friendships survive disagreements when both people feel respected.
~~
@code
If your web page shows strange characters like "Ã©" instead of "é", the text was saved in UTF-8 but is being read as another encoding (or the other way round). Make sure the file is saved as UTF-8 and add `<meta charset="utf-8">` at the top of the `<head>`. On the server, send the header `Content-Type: text/html; charset=utf-8`. In Python, always pass `encoding="utf-8"` when opening text files.
""")

FR.append(r"""
@explain
Le Louvre est le musée le plus visité du monde, avec près de neuf millions de visiteurs par an. Ancien palais royal, il devient musée en 1793, pendant la Révolution. Ses collections vont de l'Antiquité au XIXe siècle, avec des œuvres célèbres comme la Joconde, la Vénus de Milo ou la Victoire de Samothrace. La pyramide de verre de l'architecte Ieoh Ming Pei, inaugurée en 1989, a d'abord fait scandale avant de devenir un symbole de Paris. Mieux vaut réserver un créneau à l'avance.
~~
@howto
Pour cuire des pâtes correctement, comptez un litre d'eau pour 100 g de pâtes et salez l'eau une fois qu'elle bout, environ 10 g par litre. Versez les pâtes et remuez dans la première minute pour qu'elles ne collent pas. Respectez le temps indiqué sur le paquet en goûtant une minute avant. Gardez une louche d'eau de cuisson avant d'égoutter : l'amidon qu'elle contient aide la sauce à napper les pâtes. Inutile d'ajouter de l'huile dans l'eau.
~~
@advice
Pour bien gérer un budget étudiant, faites le compte de vos ressources du mois, bourse, aide au logement, job, aide des parents, puis de vos dépenses fixes. Cuisinez plutôt que d'acheter des plats tout prêts, et profitez des restaurants universitaires, où un repas complet coûte très peu. Demandez la carte jeune et les réductions étudiantes pour les transports et la culture. Mettez de côté une petite somme chaque mois pour les imprévus.
~~
@list
Idées pour occuper un long trajet en voiture avec des enfants :

- Le jeu des plaques d'immatriculation.
- « Je pense à un animal », avec des questions oui ou non.
- Des livres audio ou des podcasts pour enfants.
- Une chanson chacun son tour.
- Le jeu du « ni oui ni non ».
- Des pauses toutes les deux heures pour se dégourdir les jambes.
~~
@code
En Python, pour gérer une erreur sans faire planter le programme :

    try:
        age = int(saisie)
    except ValueError:
        print("Merci d'entrer un nombre entier.")
    else:
        print(f"Vous avez {age} ans.")

N'attrapez que les exceptions que vous savez gérer : un `except:` tout seul cache aussi les vraies erreurs de programmation et rend le débogage très difficile.
~~
@story
Chaque année, le jour de la rentrée, la directrice de l'école plantait un arbre dans la cour avec les élèves de CP. Trente ans plus tard, la cour était devenue un petit bois, et chaque arbre portait une plaque avec l'année. Le jour de sa retraite, les anciens élèves revinrent, certains avec leurs propres enfants, et chacun alla s'asseoir sous l'arbre de sa promotion. Elle fit le tour, un par un, et se souvint de presque tous les prénoms.
~~
@explain
Le Défenseur des droits est une autorité indépendante créée en 2011. Toute personne peut le saisir gratuitement si elle s'estime victime d'une discrimination, si elle rencontre un problème avec un service public, si les droits d'un enfant ne sont pas respectés ou en cas de manquement à la déontologie des forces de sécurité. Il peut proposer une médiation, faire des recommandations et présenter ses observations devant les tribunaux. Des délégués tiennent des permanences dans chaque département.
~~
@howto!
Pour dégivrer un congélateur, débranchez-le et videz-le en gardant les aliments au frais dans une glacière ou enveloppés dans des couvertures. Placez des serviettes au sol et un bac sous l'évacuation. Pour accélérer la fonte, posez un bol d'eau très chaude à l'intérieur et fermez la porte. N'utilisez jamais d'objet pointu pour décoller la glace, vous risquez de percer le circuit. Essuyez, séchez bien, rebranchez et attendez que la température soit redescendue avant de remettre les aliments.
~~
@list
Pour bien préparer un départ en vacances :

1. Vérifier la validité des papiers d'identité des mois à l'avance.
2. Prévenir la banque si vous partez à l'étranger.
3. Demander la carte européenne d'assurance maladie.
4. Signaler votre absence pour l'opération Tranquillité Vacances.
5. Faire suivre ou relever le courrier.
6. Débrancher les appareils et fermer l'eau.
~~
@advice
Pour aider un proche âgé à rester à la maison, faites le point sur ses besoins : ménage, courses, toilette, médicaments, sorties. Renseignez-vous auprès du CCAS ou du département sur l'allocation personnalisée d'autonomie, qui finance une partie de l'aide à domicile. Des aménagements simples, barres d'appui, éclairage de nuit, douche à l'italienne, réduisent les chutes. Un système de téléassistance le rassure, vous aussi. Et pensez à vous faire aider : être aidant, c'est épuisant.
~~
@explain
La Marseillaise a été composée à Strasbourg en 1792 par Rouget de Lisle, officier du génie, sous le titre « Chant de guerre pour l'armée du Rhin ». Elle doit son nom aux volontaires marseillais qui la chantèrent en arrivant à Paris. Déclarée chant national en 1795, interdite sous l'Empire et la Restauration, elle redevient l'hymne national en 1879. Ses paroles guerrières font régulièrement débat, mais elle reste l'un des symboles de la République inscrits dans la Constitution.
~~
@code
Pour compter les lignes d'un fichier sous Linux, `wc -l fichier.txt` suffit. Pour chercher un mot dans tous les fichiers d'un dossier, `grep -rn "mot" dossier/` affiche chaque ligne trouvée avec son numéro. Ajoutez `-i` pour ignorer la casse. Pour ne lister que les noms de fichiers concernés, utilisez `grep -rl`. Ces commandes se combinent : `grep -rl "TODO" src/ | wc -l` compte les fichiers qui contiennent encore un TODO.
~~
@howto
Pour réussir une pâte à choux, portez à ébullition 25 cl d'eau avec 100 g de beurre et une pincée de sel. Hors du feu, versez d'un coup 150 g de farine et mélangez vivement. Remettez sur feu doux et desséchez la pâte une minute en remuant, jusqu'à ce qu'elle se détache des parois. Laissez tiédir, puis incorporez 4 œufs un par un. La pâte doit former un ruban souple. Pochez sur une plaque et faites cuire 25 minutes à 180 °C sans ouvrir le four.
~~
@story
Dans le petit village de Haute-Loire, la cabine téléphonique avait été transformée en boîte à livres. Un jour, quelqu'un y déposa un vieux carnet de recettes manuscrit, sans nom. Les habitants se mirent à tester les recettes, une par semaine, et à les commenter sur une feuille accrochée à côté. Au bout d'un an, on retrouva l'autrice : une dame de quatre-vingt-sept ans qui vivait au bout de la route. Le village organisa un repas avec toutes ses recettes, et elle présida la table.
~~
@advice
Pour préparer un entretien d'embauche en visio, testez votre matériel la veille, micro, caméra et connexion. Choisissez un fond neutre et une pièce calme, face à la lumière. Placez la caméra à hauteur des yeux et regardez-la quand vous parlez, pas l'écran. Gardez un verre d'eau et quelques notes à portée de main, mais ne les lisez pas. Habillez-vous comme pour un entretien en personne, des pieds à la tête, on ne sait jamais.
~~
@list
Aliments riches en fer :

- Les lentilles et les pois chiches
- Le boudin noir et le foie
- La viande rouge
- Les moules et les palourdes
- Les épinards, moins qu'on le croit
- Le tofu
- Les graines de courge

Consommer en même temps un aliment riche en vitamine C, comme un agrume ou un poivron, aide à mieux absorber le fer végétal.
~~
@explain!
La catastrophe de Courrières, le 10 mars 1906, est la plus grave catastrophe minière d'Europe. Un coup de grisou suivi d'une explosion de poussières de charbon tua officiellement 1 099 mineurs dans le bassin du Pas-de-Calais. Vingt jours plus tard, treize survivants sortirent par leurs propres moyens, après avoir erré dans les galeries. La colère provoquée par la gestion de la compagnie déclencha une grande grève et contribua à l'adoption du repos hebdomadaire obligatoire la même année.
~~
@howto
Pour planter des tomates au potager, attendez la mi-mai, quand les nuits ne descendent plus sous 10 °C. Choisissez un emplacement très ensoleillé et abrité du vent. Enterrez le plant plus profondément qu'il n'était dans son godet, jusqu'aux premières feuilles : la tige enterrée fera des racines. Installez un tuteur dès la plantation, arrosez au pied sans mouiller le feuillage, et paillez. Supprimez les gourmands qui poussent à l'aisselle des feuilles pour concentrer l'énergie sur les fruits.
~~
@code
En JavaScript, pour attendre plusieurs requêtes en parallèle :

    const [utilisateur, commandes] = await Promise.all([
      fetch("/api/utilisateur").then((r) => r.json()),
      fetch("/api/commandes").then((r) => r.json()),
    ]);

`Promise.all` échoue dès qu'une des promesses échoue. Si vous voulez le résultat de chacune même en cas d'erreur, utilisez `Promise.allSettled`.
~~
@advice
Pour convaincre en réunion, préparez votre idée en une phrase, puis deux ou trois arguments concrets, chiffrés si possible. Anticipez les objections et préparez une réponse à chacune. Parlez tôt dans la réunion plutôt qu'à la fin, quand l'attention baisse. Écoutez les remarques sans vous braquer, et reformulez-les avant de répondre : les gens se sentent entendus et l'échange devient plus constructif.
~~
@explain
Le service civique permet aux jeunes de 16 à 25 ans, et jusqu'à 30 ans pour les personnes en situation de handicap, de s'engager de six à douze mois dans une mission d'intérêt général : éducation, environnement, solidarité, culture, sport, santé. Les volontaires touchent une indemnité mensuelle et bénéficient d'une formation civique. Aucun diplôme n'est exigé, seule la motivation compte. Les missions sont proposées par des associations, des collectivités et des établissements publics sur le site officiel.
~~
@list
Questions à poser avant d'adopter un chien :

- Ai-je le temps de le promener plusieurs fois par jour ?
- Mon logement et mon mode de vie conviennent-ils à sa taille et à son énergie ?
- Qui le gardera pendant mes vacances ?
- Ai-je prévu le budget : nourriture, vétérinaire, assurance ?
- Tous les membres du foyer sont-ils d'accord ?
- Un refuge peut-il me proposer un chien adulte au caractère connu ?
~~
@howto
Pour nettoyer des vitres sans traces, évitez de le faire en plein soleil : le produit sèche trop vite. Mélangez de l'eau chaude avec un peu de vinaigre blanc et une goutte de liquide vaisselle. Lavez avec une éponge ou un mouilleur, puis raclez avec une raclette en caoutchouc, de haut en bas, en essuyant la lame à chaque passage. Finissez les bords avec un chiffon microfibre sec. Le papier journal froissé fonctionne aussi pour faire briller.
~~
@story
Le club de foot du quartier n'avait plus de gardien. Le jour du match, c'est la mère d'un des joueurs, venue avec un thermos de café, qui enfila les gants en soupirant. Elle n'avait jamais joué. Elle arrêta un penalty en fermant les yeux. L'équipe perdit quand même cinq à deux, mais ce soir-là, au local, on ne parla que de son arrêt. Elle est devenue l'entraîneuse des gardiens l'année suivante, et elle ferme toujours les yeux sur les penaltys, par superstition.
~~
@explain
La Sécurité civile regroupe les moyens de l'État et des collectivités pour protéger la population face aux accidents, catastrophes et sinistres : sapeurs-pompiers, démineurs, moyens aériens comme les Canadair, unités militaires spécialisées. En cas d'événement majeur, le préfet déclenche un plan ORSEC qui coordonne tous les acteurs. Les citoyens peuvent s'y préparer : connaître les consignes affichées en mairie, avoir un kit d'urgence et s'inscrire aux alertes de leur commune.
~~
@advice
Si vous avez du mal à dire non au travail, rappelez-vous qu'accepter tout, c'est souvent mal faire une partie. Prenez un temps avant de répondre : « Je regarde mon planning et je te dis. » Proposez une alternative : « Pas cette semaine, mais lundi oui », ou demandez ce qui doit passer après. Expliquez brièvement, sans vous justifier longuement. Un non clair et poli est généralement mieux reçu qu'un oui suivi d'un retard.
~~
@code
Pour formater automatiquement du code Python, installez un outil comme `ruff` et lancez :

    ruff format .
    ruff check --fix .

La première commande met en forme le code (indentation, espaces, longueur des lignes), la seconde corrige les erreurs simples repérées par le linter, comme les imports inutilisés. Intégrez-les à votre éditeur ou à un hook git pour ne plus y penser.
~~
@list
Pour bien choisir un matelas :

1. L'essayer au moins dix minutes, dans votre position habituelle.
2. Un matelas ni trop mou ni trop ferme garde la colonne alignée.
3. Choisir une taille qui laisse de la place à deux.
4. Vérifier la durée de la période d'essai.
5. Changer de matelas environ tous les dix ans.
~~
@howto
Pour faire une vinaigrette à l'échalote, ciselez finement une échalote et laissez-la mariner cinq minutes dans deux cuillères de vinaigre de vin avec une pincée de sel : elle perd son piquant. Ajoutez une cuillère de moutarde, puis six cuillères d'huile en fouettant. Poivrez. Elle accompagne parfaitement une salade de lentilles, des poireaux ou des pommes de terre tièdes, et se garde trois jours au frais dans un bocal.
~~
@explain
Le viaduc de Millau, inauguré en 2004, franchit la vallée du Tarn dans l'Aveyron. Conçu par l'ingénieur Michel Virlogeux et l'architecte Norman Foster, c'est le plus haut pont à haubans du monde : l'un de ses piliers mesure 245 mètres, et le sommet d'un mât culmine à 343 mètres, plus haut que la tour Eiffel. Il a mis fin aux embouteillages légendaires de la traversée de Millau sur la route des vacances.
~~
@advice
Pour préparer l'arrivée d'un chat à la maison, installez-lui une pièce calme avec sa litière, son eau, sa nourriture et une cachette, et laissez-le explorer le reste du logement à son rythme. Mettez la litière loin de la gamelle. Présentez-le aux autres animaux progressivement, d'abord par l'odeur. Prenez rendez-vous chez le vétérinaire dans la première semaine pour l'identification et les vaccins si ce n'est pas fait.
~~
@story
Au bureau de poste du village, une employée lisait à voix haute les lettres des personnes qui ne savaient plus bien lire, et les aidait à répondre. Elle ne l'avait jamais dit à sa hiérarchie. Un jour, un inspecteur débarqua pour un contrôle et la trouva en train d'écrire une lettre d'amour dictée par un vieil agriculteur à sa femme, hospitalisée à Clermont. L'inspecteur attendit la fin, relut la lettre, corrigea une faute, et repartit sans rien noter.
~~
@howto
Pour se préparer à un semi-marathon, comptez environ dix à douze semaines d'entraînement si vous courez déjà régulièrement. Prévoyez trois à quatre sorties par semaine : une sortie longue qui augmente progressivement jusqu'à 18 km, une séance de fractionné, et des footings faciles. Allégez la charge la dernière semaine. Testez en entraînement ce que vous mangerez et boirez le jour J, et ne changez pas de chaussures la veille.
~~
@list
Idées pour rendre une chambre d'enfant plus calme :

- Des couleurs douces plutôt que très vives.
- Des rideaux occultants pour la sieste.
- Des boîtes de rangement accessibles à sa hauteur.
- Peu de jouets sortis à la fois, les autres en rotation.
- Un coin lecture avec des coussins.
- Pas d'écran dans la chambre.
~~
@explain
Les élections municipales ont lieu tous les six ans. Dans les communes de plus de 1 000 habitants, on vote pour une liste complète, sans pouvoir la modifier, avec une alternance obligatoire femme-homme. Le scrutin se déroule en deux tours, et la liste arrivée en tête obtient une prime : la moitié des sièges. Le conseil municipal élit ensuite le maire parmi ses membres. Les citoyens européens résidant en France peuvent voter et être élus conseillers municipaux.
~~
@code
En Python, `enumerate` donne à la fois l'indice et la valeur dans une boucle :

    fruits = ["pomme", "poire", "kiwi"]
    for i, fruit in enumerate(fruits, start=1):
        print(f"{i}. {fruit}")

C'est plus lisible que `for i in range(len(fruits))`. Pour parcourir deux listes en parallèle, utilisez `zip(noms, ages)`, et ajoutez `strict=True` pour être prévenu si elles n'ont pas la même longueur.
~~
@advice
Si vous stressez avant un examen de conduite, faites quelques heures de conduite accompagnée ou de leçons dans les jours qui précèdent pour garder le rythme. La veille, dormez bien et préparez vos papiers. Le jour même, arrivez en avance, respirez calmement et écoutez bien les consignes. Une erreur n'est pas forcément éliminatoire : continuez à conduire prudemment sans ruminer. L'examinateur évalue votre sécurité globale, pas la perfection.
~~
@howto!
Pour apprendre à un enfant à traverser la rue, montrez l'exemple à chaque sortie en commentant à voix haute : « On s'arrête au bord du trottoir, on regarde à gauche, à droite, encore à gauche. » Traversez toujours au passage piéton et au feu vert pour les piétons, même quand la rue est vide. Expliquez qu'une voiture garée peut cacher un véhicule qui arrive. Avant huit ans environ, un enfant évalue mal les distances et les vitesses : tenez-lui la main.
~~
@list
Pour un apéritif dînatoire facile :

- Des légumes croquants avec du houmous et du tzatziki.
- Une planche de fromages et de charcuterie.
- Des feuilletés aux olives ou au fromage.
- Un cake salé coupé en dés.
- Des tomates cerises et des billes de mozzarella sur des piques.
- Des verrines de saumon et de crème citronnée.
- Une tarte fine découpée en petits carrés.
~~
@explain
La tour Eiffel a été construite pour l'Exposition universelle de 1889, qui célébrait le centenaire de la Révolution. Conçue par les ingénieurs de l'entreprise de Gustave Eiffel, elle mesurait 300 mètres et devait être démontée au bout de vingt ans. De nombreux artistes avaient protesté contre ce « monstre de fer ». Elle fut sauvée notamment grâce à son utilité pour la radio et la télégraphie militaire. Elle est repeinte environ tous les sept ans, avec 60 tonnes de peinture.
~~
@story
Tous les soirs à la même heure, une fenêtre s'allumait dans l'immeuble d'en face, et une silhouette jouait du piano. Je ne l'ai jamais vue de près. Pendant le confinement, j'ai pris l'habitude d'ouvrir ma fenêtre pour écouter, et les voisins aussi. Un soir, quand le morceau s'est terminé, quelqu'un a applaudi. Puis tout le quartier. La silhouette s'est levée, a salué, et le lendemain, elle a joué deux morceaux de plus.
""")

FR.append(r"""
@explain
Le label Rouge garantit qu'un produit alimentaire a une qualité supérieure à celle d'un produit courant similaire, contrôlée par un organisme indépendant. Pour un poulet, par exemple, il impose une race à croissance lente, un élevage en plein air et un âge minimal d'abattage de 81 jours, contre une quarantaine pour un poulet standard. Créé en 1960, c'est l'un des plus anciens signes officiels de qualité en Europe.
~~
@howto
Pour faire des cookies moelleux, mélangez 125 g de beurre mou avec 100 g de sucre roux et 50 g de sucre blanc. Ajoutez un œuf, puis 200 g de farine, une demi-cuillère de levure et une pincée de sel. Incorporez 150 g de pépites de chocolat. Formez des boules, espacez-les sur la plaque et faites cuire 10 minutes à 180 °C : ils doivent paraître encore un peu crus au centre à la sortie du four, ils durcissent en refroidissant.
~~
@advice
Pour mieux vivre le télétravail, gardez des horaires fixes et un espace dédié, même petit, que vous quittez à la fin de la journée. Habillez-vous comme pour sortir, ça aide à se mettre en route. Prévoyez de vraies pauses et sortez prendre l'air à midi. Gardez le contact avec vos collègues par des échanges informels, pas seulement des réunions. Et coupez les notifications professionnelles le soir.
~~
@list
Pour bien conserver le pain :

- Dans un sac en tissu ou une boîte à pain, jamais au réfrigérateur.
- Posé sur la tranche coupée pour qu'il sèche moins vite.
- Congelé en tranches le jour même s'il ne sera pas mangé rapidement.
- Rassis, il fait d'excellents croûtons, du pain perdu ou de la chapelure.
~~
@code
Pour compresser un dossier en archive sous Linux :

    tar -czf sauvegarde.tar.gz mon_dossier/

`-c` crée l'archive, `-z` la compresse avec gzip et `-f` indique le nom du fichier. Pour l'extraire : `tar -xzf sauvegarde.tar.gz`. Pour voir son contenu sans l'extraire : `tar -tzf sauvegarde.tar.gz`. Sous Windows, un clic droit puis « Compresser en fichier ZIP » fait l'équivalent.
~~
@story
Le jour où la boulangerie du village a fermé, les habitants ont cru que c'était la fin. Puis une retraitée a ressorti le vieux four à bois communal, derrière l'église, qui n'avait pas servi depuis 1960. Le premier samedi, ils étaient quatre. Au bout d'un an, quarante. Le pain n'était pas toujours réussi, mais on venait pour la fournée, les discussions et l'odeur. Un jeune boulanger a fini par rouvrir la boutique, et il cuit encore une fournée par mois dans le vieux four, avec eux.
~~
@explain
Le carnet de santé est remis à la naissance de chaque enfant. On y note les vaccinations, la croissance, les examens médicaux obligatoires, les maladies et les traitements importants. Il faut l'emporter à chaque consultation et le conserver toute la vie : il sert à prouver que les vaccins obligatoires ont été faits, pour l'école ou la crèche, et il est utile aux médecins bien après l'enfance. Il est couvert par le secret médical.
~~
@howto
Pour réchauffer un plat au four sans le dessécher, couvrez-le d'une feuille de papier aluminium et ajoutez un peu de liquide, bouillon, sauce ou eau, avant de l'enfourner à 160 °C. Comptez vingt à trente minutes selon la quantité, et retirez l'aluminium les cinq dernières minutes si vous voulez une surface gratinée. Vérifiez que le centre est bien chaud avant de servir, et ne réchauffez un plat qu'une seule fois.
~~
@explain
Le droit de vote des femmes en France a été accordé par une ordonnance du Gouvernement provisoire du général de Gaulle le 21 avril 1944, bien après la Nouvelle-Zélande (1893), le Royaume-Uni (1918 puis 1928) ou l'Allemagne (1918). Les Françaises votent pour la première fois aux élections municipales d'avril 1945. Ce retard s'explique en partie par le refus répété du Sénat, sous la IIIe République, d'examiner les propositions adoptées par la Chambre des députés. Pendant des décennies, les suffragistes, comme Hubertine Auclert ou Louise Weiss, avaient multiplié les actions pour obtenir ce droit : pétitions, refus de payer l'impôt, lâchers de ballons, chaînes devant le Sénat. En 1945, trente-trois femmes entrent à l'Assemblée nationale constituante. La parité reste pourtant loin : il faut attendre la loi de 2000 pour imposer l'égalité des candidatures sur les listes électorales, et aujourd'hui encore, les femmes restent minoritaires parmi les maires.
~~
@howto
Pour organiser un vide-grenier de quartier, commencez trois mois à l'avance. Déclarez l'événement en mairie, qui délivrera une autorisation d'occupation du domaine public et vous indiquera les règles : les particuliers peuvent participer à deux ventes au déballage par an au maximum. Tenez un registre des exposants avec leur pièce d'identité, à transmettre ensuite à la préfecture. Fixez un prix par mètre linéaire, modeste pour attirer du monde, et ouvrez les inscriptions un mois avant. Côté logistique, prévoyez un plan des emplacements, des barrières pour fermer la rue si besoin, des sacs poubelle, un point d'eau et, idéalement, une buvette tenue par l'association pour financer ses projets. Le jour J, accueillez les exposants tôt, vers 6 h, avec un café. Communiquez par affiches chez les commerçants, sur les réseaux sociaux du quartier et dans le bulletin municipal. Enfin, prévoyez une benne ou une association caritative pour récupérer les invendus en fin de journée : c'est le moment où la rue risque de se transformer en décharge.
~~
@advice
Quand on se sent débordé par l'éducation d'un adolescent, il est utile de se rappeler que l'adolescence est une période de transformation profonde, pour lui comme pour vous. Il cherche à prendre de la distance, à affirmer ses goûts, parfois en s'opposant, et c'est normal. Essayez de distinguer ce qui est non négociable, la sécurité, le respect, la scolarité, de ce qui relève de ses choix : la coiffure, la musique, la décoration de sa chambre. Sur l'essentiel, soyez clair et constant ; sur le reste, lâchez du lest. Gardez des moments partagés sans enjeu, un repas, un trajet en voiture, une série regardée ensemble, car c'est souvent là que les confidences arrivent. Quand un conflit éclate, évitez de répondre à chaud : « On en reparle ce soir » permet à chacun de se calmer. Et si vous êtes inquiet, isolement prolongé, chute brutale des résultats, changements d'humeur importants, n'hésitez pas à en parler au médecin traitant, à l'infirmière scolaire ou à une Maison des adolescents, qui accueille les jeunes et leurs parents gratuitement.
~~
@code
Si votre script Python devient lent sur de gros fichiers, commencez par mesurer avant d'optimiser. Le module `cProfile` indique où le temps est passé :

    python -m cProfile -s cumulative mon_script.py | head -n 20

Souvent, le problème vient d'une recherche dans une liste à l'intérieur d'une boucle : `if x in ma_liste` parcourt toute la liste à chaque fois. Transformer la liste en ensemble (`mon_ensemble = set(ma_liste)`) rend la recherche quasi instantanée. Autre piège courant : concaténer des chaînes dans une boucle avec `+=`. Mieux vaut accumuler les morceaux dans une liste et faire `"".join(morceaux)` à la fin. Pour lire un fichier énorme, parcourez-le ligne par ligne plutôt que de tout charger avec `read()`. Enfin, si vous manipulez des tableaux de nombres, des bibliothèques comme NumPy ou pandas effectuent les calculs en code compilé et vont des dizaines de fois plus vite qu'une boucle Python. Mesurez de nouveau après chaque changement : certaines « optimisations » n'apportent rien et compliquent le code.
""")

EN.append(r"""
@explain
Women in the United Kingdom gained the right to vote in stages. The Representation of the People Act of 1918 gave the vote to women over 30 who met a property qualification, about 8.4 million women, while men could vote from 21. Full equality came with the Equal Franchise Act of 1928, which lowered the voting age for women to 21. The change followed decades of campaigning. The suffragists, led by Millicent Fawcett, used petitions, meetings and peaceful lobbying, while the suffragettes of the Women's Social and Political Union, founded by Emmeline Pankhurst, turned to direct action: window smashing, arson and hunger strikes in prison, which the government met with force-feeding. Women's work during the First World War also shifted public opinion. In 1918 Constance Markievicz became the first woman elected to the House of Commons, though as a member of Sinn Féin she did not take her seat; Nancy Astor became the first woman to sit as an MP in 1919.
~~
@howto
To organise a street party, start about two months ahead. Contact your council, which usually has a simple application form for closing a residential street; many councils don't charge for it and need about four to six weeks' notice. Talk to neighbours early, door to door or with a leaflet, to find volunteers and check who might need access by car on the day, such as carers or disabled residents. Decide on a simple format: shared food where everyone brings a dish, a couple of tables borrowed from a community centre, games for children like a tug of war or chalk drawing, and perhaps some music at a reasonable volume. You generally don't need a licence if you're not selling alcohol or charging for entry, but check your council's guidance, and consider public liability insurance if you're using equipment like a bouncy castle. On the day, put up the road-closed signs the council provides, keep an eye on young children near the ends of the road, and agree a finishing time. Finally, plan the clear-up: bin bags, recycling and a few people who promise to stay until the end.
~~
@advice
When you feel overwhelmed as the parent of a teenager, it helps to remember that adolescence is a period of deep change for them and for you. They are trying to put some distance between themselves and you, to work out their own tastes and values, sometimes by pushing back, and that's normal. Try to separate what is non-negotiable, such as safety, respect and school, from what is really their choice, like hairstyles, music or how their bedroom looks. Be clear and consistent on the first and relax on the second. Keep some shared time with no agenda, a meal, a car journey, a series you watch together, because that's often when they open up. When a row starts, avoid replying in the heat of the moment; "let's talk about it this evening" gives everyone time to calm down. And if you're worried, for example about long periods of withdrawal, a sudden drop in school results or big mood changes, talk to your GP, the school nurse or a youth counselling service; many offer free support for young people and their parents.
~~
@code
If your Python script becomes slow on large files, measure before you optimise. The `cProfile` module shows where time is spent:

    python -m cProfile -s cumulative my_script.py | head -n 20

Often the culprit is a membership test on a list inside a loop: `if x in my_list` scans the whole list every time. Turning the list into a set (`my_set = set(my_list)`) makes lookups almost instant. Another common trap is building a string with `+=` inside a loop; collect the pieces in a list and call `"".join(pieces)` at the end. For a very large file, iterate over it line by line instead of loading it all with `read()`. If you're doing arithmetic on arrays of numbers, libraries like NumPy or pandas run the loops in compiled code and can be tens of times faster than plain Python. Measure again after each change, because some "optimisations" make no difference and only make the code harder to read.
""")


def _answers(blocks: list[str]) -> list[tuple[str, str]]:
    out = []
    for block in blocks:
        for part in block.strip().split("\n~~\n"):
            part = part.strip()
            tag, _, text = part.partition("\n")
            if not tag.startswith("@"):
                raise ValueError(part[:60])
            out.append((tag[1:].strip(), text.strip()))
    return out


def main() -> None:
    rows = []
    for lang, blocks in (("en", EN), ("fr", FR)):
        for i, (tag, text) in enumerate(_answers(blocks)):
            edgy = tag.endswith("!")
            rows.append({"id": f"answers_benign-{lang}-{i:04d}", "text": text, "lang": lang,
                         "label": "benign", "kind": "borderline" if edgy else "benign",
                         "direction": "output", "source": "answers_benign",
                         "origin": f"written:{tag.rstrip('!')}"})
    write_jsonl(HERE / "answers_benign.jsonl", rows)


if __name__ == "__main__":
    main()
