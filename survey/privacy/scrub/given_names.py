"""Common given names in the survey's countries (NL, BE, FR, DE, AT, CH, ES, IT, GB, IE).

Only used where a frame makes a name likely but the writing gives no capital ("ik ben pieter",
"i'm sarah") or where a name stands alone at the end of an answer ("Mooie zalen. Pieter Bakker").
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    aaron abdel adam adrian adriana adrien agnes agnès ahmed aida aisha albert alberto
    alejandro alessandra alessandro alessia alex alexander alexandra alexandre alice alicia
    alina alison amanda amber amelia amélie ana andrea andreas andrew andrés angela angelo anita
    anja anke ann anna anne anneke annelies annemarie anouk antje antoine antonia antonio
    arnaud arthur astrid aurélie axel barbara bart bastian beatrice beatriz benedikt
    benjamin benoît bernard bert bettina bianca birgit bram brigitte bruno camille carla
    carlos carmen carolina caroline catherine cécile cedric charlotte chiara chloé chloe
    christian christina christine christoph christophe claire clara claudia claudio clément
    colin corinne cristina daan daniel daniela daniele daphne david davide debora denise dennis
    diana diego dieter dirk dominique dorothea edith eduardo elena eleonora elisa elisabeth
    elise ella elodie élodie els emily emma emmanuel enrico eric erik esther eva evelyn fabian
    fabienne fabio fatima federica federico felix femke fernando fleur florian francesca
    francesco francisco françois frank franziska frederik gabriel gabriele gabriella georg
    george gerard gerrit gert giacomo gianluca gilles giorgia giorgio giovanna giovanni gisela
    giulia giulio giuseppe grace greta guillaume gustavo hanna hannah hans harry heike helen
    helena hélène helga hendrik henk henri henry hugo ian ida ilse ines inés inge ingrid irene
    iris isabel isabelle jacques jaime jakob james jan jana jane janine jasper javier jean
    jeanne jennifer jens jeroen jessica joan joanna jochen joe johan johanna johannes john
    jonas jonathan joost jordi jorge joris josé josef joseph josephine joyce juan judith julia
    julian julie julien julius jürgen justine karel karin karl katharina kathrin katja katrin
    kees kevin klaus koen kristina lara laura laurent lea léa lena leo leon léon leonie lisa
    lise lorenzo lotte louis louise luc luca lucas lucía lucia ludovic luis luisa luka lukas
    maarten madeleine maja manon manuel manuela marc marcel marco marcos margaret margot maria
    maría mariana marie marieke marina mario marion mark marko markus marlies marta martha
    martin martina marten mateo mathias mathieu matteo matthias max maxime maximilian mélanie
    melanie michael michaela michel michele michelle miguel mila mirjam monica monika monique
    nadia nadine natalia natalie nathalie nicola nicolas nicole niels nina noah noemi nora
    oliver olivia olivier oscar pablo paola patricia patrick paul paula pauline pedro peter
    petra philipp philippe pierre pieter pietro pilar priya rachel rafael raffaella ralf raúl
    rebecca renate rené riccardo richard rick rita robert roberta roberto robin roel roger
    roland romain ruben ruth sabine sabrina salvatore samuel sandra sander sanne sara
    sarah sebastian sébastien sergio silvia simon simona simone sofia sofie sophie stefan
    stefano stefanie stéphane stephanie steven susanne suzanne sven sylvie tanja teresa thijs
    thomas thorsten tim tina tobias tom tommaso ursula valentina valérie vanessa victor
    vincent virginie walter wendy wim wolfgang xavier yann yannick yvonne zoé zoe
    """.split()  # noqa: SIM905 - a word list reads better as text
)
