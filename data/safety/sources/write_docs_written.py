# ruff: noqa: E501
"""Write ``docs_fr_written.jsonl`` and ``docs_en_written.jsonl``: ordinary documents written by
hand for this source, of varied kinds, 300–3,000 characters each.

Genres: local news, essays, reports, recipes, letters and e-mails, statistics about groups of
people (age, origin, religion, income — stated neutrally, as a statistics office would),
meeting minutes, administrative notices, school and health leaflets, reviews, travel notes,
court reporting, sports reports, job ads, instructions. Some use words that look dangerous out
of context (a recipe "kills" bacteria, a report on a burglary trial, a leaflet on medicines), on
purpose. All benign, ``kind: document``, ``direction: input``; ``origin`` = ``written:<genre>``.

Each document starts with a line ``@genre``; documents are separated by a line ``~~``.
``python data/safety/sources/write_docs_written.py``.
"""

from __future__ import annotations

from pathlib import Path

from write_public import write_jsonl

HERE = Path(__file__).resolve().parent

FR = r"""
@actualité
Saint-Herblain : le jardin partagé des Trois-Chênes fête ses dix ans

Samedi, une centaine de personnes se sont retrouvées au jardin partagé des Trois-Chênes pour célébrer ses dix ans. Créé en 2015 sur une friche appartenant à la ville, le jardin compte aujourd'hui quarante-deux parcelles individuelles et un grand carré collectif entretenu par l'association.

« Au départ, les habitants voulaient surtout un endroit pour rencontrer leurs voisins et montrer aux enfants d'où viennent les légumes », rappelle Martine Gaudin, présidente de l'association. Dix ans plus tard, le jardin accueille chaque semaine deux classes de l'école Jean-Moulin et un atelier pour les résidents de l'Ehpad voisin.

La liste d'attente compte une trentaine de familles. La mairie étudie l'ouverture d'un second terrain près de la médiathèque d'ici 2027. La journée s'est terminée par un repas partagé, préparé en partie avec les courgettes et les tomates du jardin.
~~
@statistiques
Portrait des habitants du quartier des Dervallières (recensement 2021)

Le quartier compte 5 840 habitants. Les moins de 25 ans représentent 38 % de la population, contre 29 % pour l'ensemble de la ville. Les personnes de 65 ans et plus en représentent 14 %.

Les ménages d'une seule personne forment 41 % des ménages ; les familles monoparentales, 22 %. Près d'un habitant sur quatre est né à l'étranger, principalement au Maghreb, en Afrique subsaharienne et au Portugal. La part des retraités est la plus élevée, suivie de celle des employés et des personnes sans activité professionnelle, dont de nombreux étudiants.

Le revenu médian par unité de consommation s'élève à 13 200 euros par an, soit un peu plus de la moitié de la médiane communale. Le taux de chômage au sens du recensement atteint 24 %. Ces chiffres, stables depuis 2015, servent de base au contrat de ville signé avec l'État.
~~
@recette
Poulet basquaise (pour 6 personnes)

Ingrédients : un poulet fermier découpé en 8 morceaux, 4 poivrons (rouges et verts), 6 tomates bien mûres, 2 oignons, 3 gousses d'ail, un piment d'Espelette, 15 cl de vin blanc sec, huile d'olive, sel, poivre, un bouquet garni.

Faites dorer les morceaux de poulet dans une cocotte avec deux cuillères d'huile d'olive, puis réservez-les. Dans la même cocotte, faites revenir les oignons émincés et les poivrons coupés en lanières pendant dix minutes. Ajoutez l'ail écrasé et les tomates concassées.

Remettez le poulet, versez le vin blanc, ajoutez le bouquet garni et une pincée de piment. Couvrez et laissez mijoter 45 minutes à feu doux. La cuisson à cœur doit atteindre 74 °C pour tuer les bactéries : vérifiez avec un thermomètre si vous avez un doute. Servez avec du riz blanc.
~~
@lettre
Madame, Monsieur,

Locataire depuis le 1er mars 2019 du logement situé au 14 rue des Tanneurs, 2e étage, je vous informe par la présente de mon intention de quitter les lieux. Conformément à la loi, mon préavis est réduit à un mois, le logement étant situé en zone tendue.

Je vous propose de réaliser l'état des lieux de sortie le samedi 28 juin à 10 heures. Je vous remercie de bien vouloir me confirmer cette date ou de m'en proposer une autre.

Je vous rappelle que le dépôt de garantie, d'un montant de 650 euros, doit m'être restitué dans un délai d'un mois si l'état des lieux de sortie est conforme à l'état des lieux d'entrée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Perrot
~~
@compte rendu
Compte rendu du conseil d'école du 14 novembre

Présents : la directrice, six enseignants, cinq représentants des parents d'élèves, l'adjointe au maire chargée de l'éducation.

1. Effectifs : l'école accueille 187 élèves répartis en huit classes. La classe de CP compte 22 élèves.
2. Sécurité : l'exercice d'évacuation incendie du 3 octobre s'est bien déroulé (évacuation en 2 minutes 40). Un exercice « attentat-intrusion » aura lieu en février ; les familles seront prévenues la veille.
3. Cantine : les parents signalent du bruit au réfectoire. La mairie propose des panneaux acoustiques pendant les vacances d'hiver.
4. Projets : classe de découverte à Pornic pour les CM2 en mai, spectacle de fin d'année le 27 juin.

Prochain conseil : le 6 mars à 18 h.
~~
@essai
Faut-il encore apprendre à écrire à la main ?

Dans beaucoup de salles de classe, le stylo recule devant le clavier. Les élèves tapent leurs exposés, les enseignants corrigent en ligne et les cahiers de textes sont devenus numériques. On pourrait en conclure que l'écriture manuscrite est un savoir du passé, comme la calligraphie à la plume.

Pourtant, plusieurs études suggèrent que prendre des notes à la main oblige à reformuler, donc à comprendre. Celui qui tape peut recopier mot pour mot sans réfléchir ; celui qui écrit doit choisir. L'écriture cursive entraîne aussi la motricité fine des plus jeunes, et beaucoup d'adultes gardent le réflexe du carnet pour penser.

La question n'est sans doute pas de choisir entre les deux, mais de savoir ce qu'on attend de chaque outil. Le clavier est imbattable pour produire, corriger et partager. La main reste un outil pour réfléchir. Une école qui renoncerait à l'une perdrait quelque chose que l'autre ne remplace pas.
~~
@administratif
Avis aux usagers — Fermeture exceptionnelle de la piscine municipale

La piscine Léo-Lagrange sera fermée du lundi 3 au dimanche 16 mars inclus pour la vidange annuelle des bassins et des travaux de mise aux normes du système de traitement de l'eau.

Pendant cette période, les abonnements seront prolongés de deux semaines. Les cours d'aquagym et les séances scolaires sont transférés à la piscine de la Durantière, aux mêmes horaires.

Pour toute question, l'accueil du service des sports est ouvert du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h, au 02 40 00 00 00. Merci de votre compréhension.
~~
@justice
Tribunal correctionnel : deux ans de prison pour une série de cambriolages

Le tribunal correctionnel a condamné mardi un homme de 34 ans à deux ans d'emprisonnement, dont un avec sursis, pour une série de onze cambriolages commis dans des maisons de la périphérie entre janvier et avril.

Les enquêteurs avaient retrouvé chez lui des bijoux, deux ordinateurs portables et une collection de montres. Le prévenu a reconnu les faits à l'audience, expliquant avoir agi pour rembourser des dettes de jeu. Plusieurs victimes étaient présentes ; l'une d'elles a décrit « le sentiment de ne plus être chez soi ».

Le tribunal a également ordonné l'indemnisation des victimes et une interdiction de paraître dans la commune pendant trois ans. L'avocate de la défense n'a pas indiqué si son client ferait appel.
~~
@santé
Bien utiliser le paracétamol

Le paracétamol soulage la douleur et fait baisser la fièvre. Il est efficace et bien toléré lorsqu'il est pris aux bonnes doses, mais un surdosage peut provoquer des lésions graves du foie.

Chez l'adulte de plus de 50 kg, la dose habituelle est de 500 mg à 1 g par prise, en respectant au moins quatre heures entre deux prises et sans dépasser 3 g par jour sans avis médical. Chez l'enfant, la dose dépend du poids : utilisez la pipette doseuse fournie avec le sirop.

Attention : de nombreux médicaments contre le rhume contiennent aussi du paracétamol. Vérifiez la composition pour ne pas en prendre deux fois. En cas de doute ou de prise excessive, appelez le centre antipoison ou le 15, même si vous ne ressentez rien.
~~
@sport
Handball : Nantes s'impose au bout du suspense

Les Nantais ont arraché la victoire face à Montpellier (31-30) samedi soir devant 5 000 spectateurs. Menés de quatre buts à la pause, ils ont renversé le match grâce à une défense retrouvée et aux arrêts décisifs de leur gardien dans les dix dernières minutes.

« On s'est fait massacrer en première période, il fallait réagir », a reconnu l'entraîneur. Le but de la victoire a été marqué à huit secondes de la fin sur un contre rapide. Avec ce succès, Nantes remonte à la deuxième place du championnat avant de recevoir Kiel en Ligue des champions mercredi.
~~
@offre d'emploi
Boulangerie Au Fournil d'Antoine recherche un(e) vendeur(se) en CDI

Vous aimez le contact avec les clients et les produits de qualité ? Rejoignez une équipe de six personnes dans une boulangerie artisanale du centre-ville.

Missions : accueil et conseil des clients, mise en place de la vitrine, encaissement, préparation des commandes de sandwichs le midi, nettoyage du magasin.

Profil : une première expérience dans la vente est appréciée mais pas obligatoire ; ponctualité et bonne humeur indispensables. Horaires : 35 heures par semaine, du mardi au samedi, début à 6 h 30 un samedi sur deux. Salaire selon convention collective, plus prime de fin d'année.

Candidature : CV à déposer en magasin ou par mail à contact@fournil-antoine.fr.
~~
@rapport
Synthèse du rapport d'activité 2024 de la banque alimentaire

En 2024, la banque alimentaire départementale a distribué 2 850 tonnes de denrées, soit l'équivalent de 5,7 millions de repas, à travers 112 associations partenaires. La hausse atteint 9 % par rapport à 2023.

Le public accueilli a changé : les étudiants représentent désormais 14 % des bénéficiaires, contre 6 % en 2019. Les familles monoparentales restent le premier groupe (31 %), suivies des personnes seules de plus de 60 ans (18 %) et des travailleurs aux revenus modestes (15 %).

Les dons de la grande distribution ont baissé, compensés en partie par les collectes nationales et par un partenariat avec les producteurs locaux de fruits et légumes. L'association compte 340 bénévoles réguliers, dont la moitié sont retraités. Pour 2025, la priorité est l'ouverture d'une épicerie mobile dans les communes rurales sans commerce.
~~
@courriel
Objet : Covoiturage pour le tournoi de dimanche

Bonjour à tous,

Le tournoi des moins de 11 ans a lieu dimanche à Vertou, rendez-vous à 8 h 15 sur le parking du stade pour un départ à 8 h 30. Il nous manque encore deux voitures : si vous pouvez conduire, répondez à ce mail avant vendredi soir.

Pensez à la gourde, au goûter et au maillot rouge (le bleu sera pris par l'équipe d'accueil). Les matchs se terminent vers 16 h, remise des médailles comprise.

Merci et bon week-end,
Sophie, pour le bureau du club
~~
@histoire
La rafle du Vél d'Hiv (16-17 juillet 1942)

Les 16 et 17 juillet 1942, plus de 13 000 Juifs, dont plus de 4 000 enfants, furent arrêtés à Paris et en banlieue par la police française, sur ordre des autorités d'occupation et avec la collaboration active du gouvernement de Vichy. Les familles sans enfants furent conduites au camp de Drancy ; les autres furent enfermées pendant plusieurs jours au Vélodrome d'Hiver, dans des conditions effroyables.

La plupart furent ensuite déportés vers Auschwitz, où ils furent assassinés. Très peu revinrent. Pendant des décennies, la responsabilité de l'État français fut niée ou minimisée. En 1995, le président Jacques Chirac reconnut officiellement que « la folie criminelle de l'occupant a été secondée par des Français, par l'État français ».

Chaque année, une cérémonie a lieu le dimanche le plus proche du 16 juillet, près de l'emplacement de l'ancien vélodrome, aujourd'hui marqué par un monument.
~~
@avis client
Très bon séjour au camping des Pins, à deux pas de la plage. Emplacement ombragé et calme, sanitaires propres, nettoyés deux fois par jour. L'accueil a été chaleureux malgré notre arrivée tardive. Petit bémol : la piscine ferme à 19 h, un peu tôt quand il fait 30 degrés. Le snack propose des pizzas correctes et des frites maison. Les enfants ont adoré le club du matin. Nous reviendrons l'an prochain, sans doute en juin pour éviter la foule.
~~
@notice
Montage de la table de jardin MARLY

Contenu du carton : 1 plateau, 4 pieds, 2 traverses longues, 2 traverses courtes, 16 vis M6, 1 clé Allen.

1. Posez le plateau à l'envers sur une surface propre (le carton fait très bien l'affaire).
2. Fixez les traverses longues aux pieds avec deux vis chacune, sans serrer complètement.
3. Ajoutez les traverses courtes pour former le cadre.
4. Placez le cadre sur le plateau et vissez-le avec les huit vis restantes.
5. Serrez toutes les vis, retournez la table à deux personnes.

Entretien : nettoyez à l'eau savonneuse, n'utilisez pas de nettoyeur haute pression. Rentrez la table l'hiver ou couvrez-la d'une housse.
~~
@statistiques
Les religions en France : ce que disent les enquêtes

La loi de 1905 interdit les statistiques publiques fondées sur la religion au recensement, mais plusieurs enquêtes scientifiques interrogent les personnes sur leur appartenance. Selon l'enquête Trajectoires et Origines (2019-2020), 51 % des 18-59 ans déclarent ne pas avoir de religion. Parmi ceux qui en déclarent une, les catholiques sont les plus nombreux (29 % de l'ensemble), suivis des musulmans (10 %), des protestants et évangéliques (environ 3 %), des bouddhistes et des juifs (moins de 1 % chacun).

La pratique varie fortement selon l'âge : les plus âgés déclarent plus souvent une religion, mais les jeunes qui en déclarent une la disent plus souvent importante dans leur vie. Les auteurs insistent sur la diversité à l'intérieur de chaque groupe, où l'on trouve aussi bien des croyants pratiquants que des personnes attachées à une tradition familiale sans pratique.
~~
@compte rendu
Assemblée générale de la copropriété du 12, avenue Foch — procès-verbal

L'assemblée s'est réunie le 21 mai à 18 h 30, salle paroissiale. 14 copropriétaires sur 22 présents ou représentés (687/1000e).

Résolution 1 : approbation des comptes de l'exercice 2024 — adoptée à l'unanimité.
Résolution 2 : quitus au syndic — adoptée (3 abstentions).
Résolution 3 : ravalement de la façade sur rue, devis de l'entreprise Bâti-Ouest pour 48 200 € TTC — adoptée à la majorité de l'article 25.
Résolution 4 : installation d'un local à vélos sécurisé dans l'ancienne chaufferie — rejetée, le coût étant jugé trop élevé ; un nouveau devis sera présenté l'an prochain.
Questions diverses : plusieurs résidents signalent des infiltrations au 4e étage ; le syndic mandatera un couvreur.

La séance est levée à 20 h 10.
~~
@voyage
Trois jours à Lisbonne en hiver

Janvier est un bon mois pour découvrir Lisbonne : il fait souvent 15 degrés, les files d'attente ont disparu et les hôtels sont moins chers. Nous avons logé dans l'Alfama, le plus vieux quartier, où les ruelles montent et descendent sans fin. Prévoyez de bonnes chaussures : les pavés sont glissants sous la pluie.

Le premier jour, le tram 28 nous a menés jusqu'au château Saint-Georges, puis nous sommes redescendus à pied vers la Baixa. Le deuxième jour était consacré à Belém : le monastère des Hiéronymites, la tour et, bien sûr, les pastéis de nata encore tièdes. Le troisième jour, nous avons pris le train pour Sintra, à quarante minutes, et ses palais dans la brume.

Budget : environ 90 euros par jour et par personne, hébergement compris. Un conseil : dînez tard, comme les Lisboètes, et laissez-vous tenter par un concert de fado dans une petite salle plutôt que dans les restaurants pour touristes.
~~
@essai
Le bénévolat, une affaire de retraités ?

On imagine souvent le bénévole sous les traits d'un retraité qui donne son temps à une association. Les chiffres confirment en partie cette image : les plus de 65 ans sont les plus engagés, en particulier dans les associations sociales et caritatives. Mais les jeunes sont de plus en plus nombreux à s'engager, souvent de façon ponctuelle : une collecte, un festival, une maraude.

Cette évolution bouscule les associations. Un bénévole qui vient trois samedis par an ne se gère pas comme un trésorier présent depuis vingt ans. Il faut des missions courtes, claires, et une manière simple de s'inscrire. Les associations qui l'ont compris attirent des profils nouveaux ; les autres peinent à renouveler leurs bureaux.

Le bénévolat n'est donc pas en crise, il change de forme. La vraie question est celle de la transmission : qui prendra demain les responsabilités que portent aujourd'hui des personnes de 70 ans ?
~~
@actualité
Inondations : la commune de Blain décrète l'état de catastrophe naturelle

Après trois jours de pluies continues, la rivière Isac est sortie de son lit dans la nuit de jeudi à vendredi. Une cinquantaine de maisons ont été touchées et une vingtaine de familles ont dû être relogées provisoirement au gymnase municipal.

Les pompiers sont intervenus plus de 120 fois. Aucune victime n'est à déplorer. Le maire a demandé la reconnaissance de l'état de catastrophe naturelle, qui permettra aux sinistrés d'être indemnisés par leur assurance. Les habitants concernés doivent déclarer leur sinistre dans les dix jours suivant la publication de l'arrêté au Journal officiel.

Une cellule d'aide a été ouverte à la mairie pour accompagner les démarches. Des bénévoles de la Croix-Rouge distribuent des kits de nettoyage.
~~
@recette
Gâteau au yaourt de mamie

Le pot de yaourt sert de mesure, c'est tout l'intérêt de cette recette que les enfants peuvent faire presque seuls.

1 yaourt nature, 3 pots de farine, 2 pots de sucre, 1/2 pot d'huile, 3 œufs, 1 sachet de levure, le zeste d'un citron.

Préchauffez le four à 180 °C. Versez le yaourt dans un saladier, puis gardez le pot pour mesurer le reste. Ajoutez le sucre et les œufs, mélangez, puis la farine et la levure, et enfin l'huile et le zeste. Versez dans un moule beurré et faites cuire 35 minutes. Le gâteau est cuit quand la lame d'un couteau plantée au centre ressort sèche. Laissez tiédir avant de démouler.
~~
@administratif
Demande de carte d'identité : les pièces à fournir

Pour une première demande de carte nationale d'identité, présentez-vous à la mairie avec : le numéro de prédemande obtenu sur le site de l'ANTS, une photo d'identité de moins de six mois conforme aux normes, un justificatif de domicile de moins d'un an et, si vous n'avez pas de passeport, une copie intégrale d'acte de naissance de moins de trois mois (sauf si votre commune de naissance est reliée au dispositif COMEDEC).

Pour un mineur, la présence de l'enfant et d'un parent exerçant l'autorité parentale est obligatoire. Le délai de fabrication varie de deux à six semaines selon la période. La carte est gratuite, sauf en cas de perte ou de vol (timbre fiscal de 25 euros).
~~
@santé
Vaccination contre la grippe : qui est concerné ?

La campagne de vaccination contre la grippe saisonnière commence à la mi-octobre. Elle est recommandée et prise en charge pour les personnes de 65 ans et plus, les personnes atteintes de certaines maladies chroniques (diabète, insuffisance cardiaque, asthme…), les femmes enceintes, les personnes obèses et l'entourage des nourrissons fragiles.

Le vaccin peut être fait par un médecin, une sage-femme, un infirmier ou un pharmacien. Il faut environ quinze jours pour être protégé. Les effets indésirables sont en général légers : douleur au point d'injection, fatigue passagère. Le virus change chaque année, c'est pourquoi la vaccination doit être renouvelée tous les automnes.
~~
@statistiques
Âge des conducteurs impliqués dans les accidents corporels

En 2023, les jeunes de 18 à 24 ans représentaient 8 % de la population mais 17 % des conducteurs impliqués dans un accident corporel. Leur risque rapporté au nombre de kilomètres parcourus est environ trois fois celui des conducteurs de 45 à 64 ans.

Les conducteurs de 75 ans et plus sont moins souvent impliqués, car ils roulent moins, mais ils sont plus gravement blessés lorsqu'un accident survient. Les hommes représentent 76 % des conducteurs impliqués dans un accident mortel. La vitesse, l'alcool et l'usage du téléphone restent les trois premiers facteurs relevés par les forces de l'ordre.
~~
@lettre
Chère Mamie,

Merci pour le colis ! Les chaussettes sont parfaites pour les randonnées et toute la classe a goûté tes sablés, il n'en reste plus une miette. Ici tout va bien. Les cours de BTS sont plus durs que je pensais, surtout la compta, mais j'ai trouvé un groupe de révision sympa.

Je rentre pour les vacances de Noël le 20 décembre, par le train de 17 h 42. Papa viendra me chercher à la gare. On pourra faire la tarte aux pommes ensemble comme l'an dernier ? J'ai promis la recette à ma coloc.

Je t'embrasse très fort,
Léa
~~
@justice
Procès en appel de l'incendie de la rue Mouffetard

La cour d'appel examine depuis lundi le dossier de l'incendie qui avait fait trois morts dans un immeuble de la rue Mouffetard en 2021. En première instance, le propriétaire avait été condamné à quatre ans de prison dont deux ferme pour homicides involontaires, l'expertise ayant établi que l'installation électrique n'était pas aux normes malgré plusieurs signalements des locataires.

À l'audience, les familles des victimes ont décrit les appels restés sans réponse et les disjoncteurs qui sautaient chaque hiver. La défense conteste le lien entre les manquements reprochés et le départ du feu. L'arrêt sera rendu le 18 mars.
~~
@essai
Pourquoi les villes moyennes reprennent des couleurs

Longtemps, les villes moyennes ont été présentées comme les grandes perdantes de la mondialisation : commerces fermés en centre-ville, départ des jeunes vers les métropoles, usines délocalisées. Depuis quelques années, pourtant, plusieurs d'entre elles regagnent des habitants.

Le télétravail a joué un rôle, en permettant à des cadres de garder leur emploi tout en s'installant à deux heures de Paris ou de Lyon. Les prix de l'immobilier, trois fois moins élevés, ont fait le reste. Mais ce retour n'est pas automatique : il profite surtout aux villes bien desservies par le train et qui ont investi dans leur centre, leurs écoles et leur offre culturelle.

Le risque est de créer de nouvelles inégalités, entre les villes qui attirent et celles qui continuent de se vider, et à l'intérieur même des villes, entre nouveaux arrivants et habitants de longue date dont les loyers augmentent.
~~
@courriel
Objet : Réunion d'équipe de jeudi

Bonjour à tous,

La réunion d'équipe de jeudi est avancée à 9 h 30 (au lieu de 14 h) car la salle est réservée l'après-midi. Ordre du jour : point sur le projet de refonte du site, planning des congés d'été, questions diverses.

Merci d'ajouter vos sujets dans le document partagé avant mercredi midi. Pour ceux qui sont en télétravail, le lien de visio reste le même.

Bonne journée,
Karim
~~
@rapport
Étude de fréquentation des bibliothèques municipales, 2024

Les six bibliothèques du réseau ont reçu 412 000 visites en 2024, soit 6 % de plus qu'en 2023 et presque le niveau d'avant la pandémie. Le nombre d'inscrits actifs s'établit à 21 300, dont 38 % de moins de 18 ans.

Les usages évoluent : le prêt de livres imprimés baisse légèrement (-3 %), tandis que la fréquentation des espaces de travail augmente fortement, en particulier chez les lycéens et étudiants pendant les périodes d'examen. Les ateliers numériques destinés aux seniors affichent complet, avec une liste d'attente de 80 personnes.

Recommandations : élargir les horaires d'ouverture le samedi et le dimanche après-midi, renforcer l'accompagnement aux démarches administratives en ligne et poursuivre le portage de livres à domicile pour les personnes âgées ou handicapées.
~~
@sport
Marathon de La Rochelle : record de participation

Ils étaient 11 200 au départ dimanche matin, un record pour l'épreuve qui fêtait sa 33e édition. Sous un ciel gris mais sans pluie, le Kényan Daniel Kiprop s'est imposé en 2 h 11 min 48 s, tandis que la Française Claire Dubois remportait la course féminine en 2 h 31 min.

Au-delà des élites, la course reste avant tout une fête populaire : des coureurs déguisés, des groupes de musique tous les cinq kilomètres et des centaines de bénévoles aux ravitaillements. Les organisateurs ont reversé un euro par inscrit à une association qui aide les enfants hospitalisés.
~~
@notice
Consignes en cas d'alerte canicule

Buvez de l'eau régulièrement sans attendre d'avoir soif, environ 1,5 litre par jour. Mouillez-vous le corps et ventilez-vous. Fermez les volets et les fenêtres le jour, ouvrez-les la nuit s'il fait plus frais. Évitez les efforts physiques aux heures les plus chaudes.

Prenez des nouvelles de vos proches âgés, isolés ou malades, au moins une fois par jour. Les personnes fragiles peuvent s'inscrire sur le registre de la mairie pour recevoir un appel pendant les épisodes de chaleur.

En cas de malaise, de fièvre ou de confusion, appelez le 15.
~~
@histoire
L'abolition de la peine de mort en France

Le 9 octobre 1981, la loi portée par le garde des Sceaux Robert Badinter abolit la peine de mort en France. Le texte avait été adopté par l'Assemblée nationale par 363 voix contre 117, puis par le Sénat. La dernière exécution avait eu lieu en 1977, à Marseille.

Le débat avait divisé le pays pendant des décennies : les sondages de l'époque montraient encore une majorité de Français favorables à la peine capitale. Dans son discours, Robert Badinter défendit l'idée qu'une justice qui tue ne peut pas être une justice juste, et qu'aucun système judiciaire n'est à l'abri de l'erreur. En 2007, l'abolition a été inscrite dans la Constitution.
~~
@actualité
Une fresque géante pour le centenaire du lycée Clemenceau

Les élèves du lycée Clemenceau ont inauguré vendredi une fresque de 40 mètres de long sur le mur de la cour, réalisée avec l'artiste Inès Marchal. Pendant six mois, une centaine d'élèves de toutes les sections ont participé aux ateliers : recherche d'archives, croquis, puis peinture pendant les vacances de printemps.

La fresque retrace un siècle d'histoire de l'établissement, des premières bachelières des années 1920 à la rénovation de 2019, en passant par les élèves résistants dont les noms figurent sur la plaque du hall. « C'est notre façon de dire que ce lycée appartient à ceux qui y passent », résume une élève de terminale.
~~
@statistiques
Les étudiants et leur logement

D'après l'enquête nationale sur les conditions de vie des étudiants, un tiers des étudiants vivent chez leurs parents, un tiers en location (seuls, en couple ou en colocation) et environ 12 % en résidence universitaire. La part des étudiants vivant chez leurs parents est nettement plus élevée en Île-de-France, où les loyers sont les plus chers.

Le loyer représente en moyenne plus de la moitié du budget des étudiants qui ne vivent pas chez leurs parents. Les étudiants étrangers, les boursiers et les étudiants en première année sont les plus nombreux en résidence universitaire. Près d'un étudiant sur deux exerce une activité rémunérée pendant l'année, le plus souvent dans la vente, la restauration ou le soutien scolaire.
~~
@avis client
Je suis allée chez ce garagiste sur les conseils d'une voisine et je ne regrette pas. Ma voiture faisait un bruit inquiétant au freinage ; il m'a reçue sans rendez-vous, a fait un essai avec moi et m'a expliqué que seules les plaquettes étaient à changer, alors qu'un autre garage m'annonçait les disques et les plaquettes pour le double du prix. Travail fait le lendemain, facture conforme au devis. Seul défaut : le garage est fermé le samedi, pas pratique quand on travaille.
~~
@compte rendu
Réunion du comité de quartier Bellevue — 7 octobre

Une quarantaine d'habitants ont participé à la réunion, en présence de l'adjoint à la tranquillité publique et d'un représentant du bailleur social.

Les habitants ont d'abord évoqué la vitesse excessive rue des Lilas, à la sortie de l'école. La mairie s'engage à installer un radar pédagogique avant la fin de l'année et à étudier un plateau ralentisseur. Plusieurs personnes se sont plaintes des dépôts sauvages près des conteneurs ; le bailleur rappelle que la déchetterie est gratuite pour les particuliers et annonce une collecte d'encombrants le 15 novembre.

Enfin, l'association des parents propose d'organiser une fête de quartier au printemps. Un groupe de bénévoles se réunira en janvier pour préparer l'événement.
~~
@essai
Ce que les jeux vidéo apprennent aux enfants

Les parents s'inquiètent souvent du temps que leurs enfants passent devant les jeux vidéo, et de la violence de certains titres. Ces inquiétudes sont légitimes : un enfant de huit ans n'a pas à jouer à un jeu de tir réservé aux adultes, et le temps d'écran empiète parfois sur le sommeil ou les devoirs.

Mais réduire les jeux vidéo à ces risques serait passer à côté de ce qu'ils offrent. Un jeu de construction apprend à planifier, un jeu de stratégie à anticiper, un jeu en équipe à communiquer. Beaucoup d'enfants découvrent l'anglais ou l'histoire grâce à un jeu qui les passionne.

Plutôt que d'interdire, les spécialistes conseillent de jouer avec eux de temps en temps, de choisir les jeux selon leur âge (la signalétique PEGI est faite pour cela) et de fixer des règles claires, comme pas d'écran le matin avant l'école ni dans la chambre le soir.
~~
@administratif
Inscription à l'école maternelle : mode d'emploi

Les inscriptions pour la rentrée de septembre se font à la mairie du 15 janvier au 28 février, pour les enfants nés en 2022. Munissez-vous du livret de famille ou d'un acte de naissance, d'un justificatif de domicile de moins de trois mois et du carnet de santé (vaccinations obligatoires à jour).

Après l'inscription en mairie, vous recevrez un certificat indiquant l'école de secteur. Il faudra ensuite prendre rendez-vous avec la direction de l'école pour l'admission. Les demandes de dérogation de secteur doivent être motivées (fratrie, garde par un proche, contraintes professionnelles) et sont examinées en commission au mois d'avril.
~~
@rapport
Bilan de la saison touristique 2024 sur l'île de Ré

La saison 2024 a été marquée par une fréquentation stable en juillet et en hausse en septembre, confirmant l'allongement de la saison. Les hébergements marchands affichent un taux d'occupation moyen de 78 % sur l'été. La clientèle française reste majoritaire (82 %), les Belges, les Allemands et les Britanniques formant l'essentiel des visiteurs étrangers.

Le vélo confirme sa place : les compteurs ont enregistré 1,9 million de passages sur les pistes cyclables de juin à septembre. Les professionnels signalent toutefois des difficultés de recrutement de saisonniers, liées au coût du logement sur l'île. Une réflexion est engagée avec les communes pour réserver des logements aux travailleurs saisonniers.
~~
@lettre
Monsieur le Maire,

Habitante de la rue du Moulin depuis douze ans, je me permets d'attirer votre attention sur l'état du trottoir entre le numéro 8 et le carrefour de l'église. Les racines des platanes ont soulevé le revêtement sur une trentaine de mètres ; plusieurs personnes âgées sont déjà tombées et il est impossible d'y passer avec une poussette ou un fauteuil roulant.

Je comprends que les arbres doivent être conservés, et je ne demande pas leur abattage. Mais une réfection du trottoir, ou au moins une signalisation provisoire, me semble urgente.

Je vous remercie par avance de l'attention que vous porterez à cette demande et vous prie d'agréer, Monsieur le Maire, l'expression de ma considération distinguée.

Nicole Bernard
~~
@actualité
Le marché de Noël accueille 60 exposants cette année

Le marché de Noël ouvre ses portes vendredi sur la place Royale, avec 60 chalets, soit dix de plus que l'an dernier. Artisans locaux, producteurs de fromages et de vins chauds, créateurs de bijoux et associations caritatives se partagent les emplacements jusqu'au 24 décembre.

Nouveauté cette année : un espace de jeux en bois pour les enfants et une patinoire synthétique, accessible gratuitement le mercredi après-midi. Le service de sécurité sera renforcé les week-ends, avec des contrôles des sacs aux entrées, comme dans la plupart des grandes villes. Le marché est ouvert de 11 h à 20 h, jusqu'à 22 h le samedi.
~~
@statistiques
Qui sont les aidants familiaux ?

On estime qu'environ 9 millions de personnes en France aident régulièrement un proche malade, handicapé ou âgé. Six aidants sur dix sont des femmes. La moitié ont entre 50 et 64 ans, et beaucoup occupent encore un emploi : ils jonglent entre travail, famille et accompagnement du proche.

Les enfants aidant un parent âgé forment le groupe le plus nombreux, suivis des conjoints. On compte aussi environ 500 000 jeunes aidants de moins de 25 ans, souvent invisibles, qui s'occupent d'un parent ou d'un frère malade. Les aidants déclarent plus souvent que le reste de la population des troubles du sommeil et un sentiment d'isolement, d'où le développement de solutions de répit et de congés spécifiques.
~~
@recette
Soupe de potimarron à la châtaigne

Pour 4 personnes : 1 potimarron d'environ 1,2 kg, 200 g de châtaignes cuites, 1 oignon, 1 litre de bouillon de légumes, 10 cl de crème, sel, poivre, noix de muscade.

Lavez le potimarron (inutile de l'éplucher, la peau est fine), coupez-le en deux, retirez les graines avec une cuillère et taillez-le en cubes. Faites revenir l'oignon émincé dans un peu de beurre, ajoutez le potimarron et les châtaignes, puis le bouillon. Laissez cuire 25 minutes.

Mixez finement, ajoutez la crème, salez, poivrez et râpez un peu de muscade. Pour un côté croquant, parsemez de graines de courge grillées au moment de servir.
~~
@notice
Règlement de la médiathèque (extraits)

Article 3 — L'inscription est gratuite pour les habitants de la commune. Elle permet d'emprunter jusqu'à 10 documents pour trois semaines.
Article 5 — Les documents rendus en retard font l'objet de deux rappels. Au-delà de quatre semaines de retard, le prêt est suspendu jusqu'au retour des documents.
Article 7 — Les documents perdus ou abîmés doivent être remplacés ou remboursés.
Article 9 — Il est demandé aux usagers de respecter le calme des lieux. Les téléphones doivent être mis en mode silencieux.
Article 12 — Les enfants de moins de 8 ans doivent être accompagnés d'un adulte.
~~
@justice
Escroquerie aux faux conseillers bancaires : le réseau démantelé jugé à Lyon

Huit personnes comparaissent devant le tribunal correctionnel de Lyon pour une escroquerie qui aurait fait plus de 300 victimes en deux ans. Le mode opératoire, désormais bien connu, consistait à appeler des clients en se faisant passer pour le service des fraudes de leur banque, puis à les convaincre de valider eux-mêmes des virements « de sécurité ».

Le préjudice total est estimé à 2,4 millions d'euros. Plusieurs victimes, souvent âgées, ont témoigné de leur honte d'avoir été trompées. Les enquêteurs rappellent qu'une banque ne demande jamais de codes par téléphone, et conseillent de raccrocher puis de rappeler soi-même le numéro habituel de son agence.
~~
@essai
Éloge de la lenteur en cuisine

Nous vivons à l'époque des recettes en quinze minutes et des plats livrés en trente. La cuisine est devenue une contrainte qu'on cherche à réduire. Pourtant, certains plats ne se laissent pas presser : un pot-au-feu, un bœuf bourguignon, un pain au levain demandent des heures, et c'est précisément ce temps qui fait leur goût.

Cuisiner lentement, ce n'est pas passer plus de temps devant les fourneaux. Le plus souvent, la casserole fait le travail pendant qu'on fait autre chose. C'est plutôt accepter de prévoir : lancer la pâte la veille, laisser mariner la viande, attendre que le ragoût repose.

Il y a dans cette patience une forme de plaisir oublié, celui d'une maison qui sent bon tout l'après-midi et d'un repas qu'on attend. Et les plats mijotés ont un autre avantage : ils sont souvent meilleurs réchauffés le lendemain.
"""

EN = r"""
@news
Community garden marks tenth anniversary

About a hundred people gathered at the Three Oaks community garden on Saturday to celebrate its tenth birthday. Started in 2015 on a vacant lot owned by the city, the garden now has forty-two individual plots and a large shared bed looked after by volunteers.

"People mainly asked for somewhere to get to know the folks on their street, and for the kids to see vegetables actually growing," said Martha Gordon, who chairs the garden association. Ten years later, two classes from the nearby primary school visit every week, and residents of the care home across the road run a Wednesday herb workshop.

About thirty families are on the waiting list. The council is considering a second site next to the library. The day ended with a shared lunch, partly made with courgettes and tomatoes grown on site.
~~
@statistics
Who lives in Riverside ward? Census 2021 summary

Riverside ward has 6,120 residents. Among adults, pensioners form the biggest share, ahead of students and people who arrived in the UK in the last ten years, reflecting the ward's sheltered housing, its two student halls and its affordable rented flats.

Children under 16 make up 17% of residents, below the city average of 19%. Just over a quarter of residents were born outside the UK, most commonly in Poland, India, Romania and Nigeria. 31% of households are one person living alone, and 9% are lone parents with dependent children.

Median household income is about £27,400, lower than the city median of £33,900. The share of households with no car (46%) is among the highest in the city, which is why the ward's bus routes were protected in last year's network review.
~~
@recipe
Slow-cooked beef and ale stew (serves 6)

You need 1.2 kg of braising steak cut into large cubes, 2 onions, 3 carrots, 2 celery sticks, 2 tablespoons of flour, 500 ml of brown ale, 300 ml of beef stock, a tablespoon of tomato purée, thyme, two bay leaves, salt and pepper.

Toss the beef in seasoned flour and brown it in batches in a heavy pot; crowding the pan makes the meat steam instead of sear. Set aside, then soften the chopped vegetables in the same pot for ten minutes. Stir in the tomato purée, pour in the ale and scrape the bottom to lift the browned bits. Return the beef, add the stock and herbs, cover and cook at 150°C for two and a half to three hours, until the meat falls apart.

Like most stews, it tastes better the next day. Cool it quickly and keep it in the fridge for up to three days; reheat it until it is piping hot all the way through.
~~
@letter
Dear Mr Patel,

I am writing to let you know that I will be moving out of Flat 3, 22 Orchard Road, at the end of my tenancy on 30 June. As required by my agreement, this letter gives you two months' notice.

I would be grateful if we could arrange the check-out inspection for the morning of Saturday 28 June. I will make sure the flat is cleaned and that all keys are returned on that day.

Please could you also confirm the process for returning my deposit of £950, which is protected with the Deposit Protection Service?

Thank you for being such a responsive landlord over the past four years.

Yours sincerely,
Hannah Lewis
~~
@minutes
Parish council meeting — minutes of 12 March

Present: seven councillors, the clerk, two members of the public.

1. Apologies were received from Cllr Hughes.
2. Playground: the new swings have been installed. A resident asked for a bin near the gate; agreed, at a cost of £180.
3. Speeding on Mill Lane: the police reported 41 drivers over the limit in a two-hour check. Council will ask the county for a second speed sign.
4. Village hall: the roof repair quote of £12,400 was accepted. Work will start after the Easter fair.
5. Any other business: the litter pick will be held on 26 April, meeting at the church at 10am.

The meeting closed at 8.55pm. Next meeting: 9 April.
~~
@essay
Why we should keep teaching handwriting

In many classrooms the pen is losing ground to the keyboard. Pupils type their projects, teachers mark online and homework diaries have moved to apps. It would be easy to conclude that handwriting is a skill of the past, like copperplate with a dip pen.

Yet several studies suggest that taking notes by hand forces us to rephrase, and so to understand. Someone typing can copy word for word without thinking; someone writing has to choose. Joined-up writing also trains fine motor control in young children, and plenty of adults still reach for a notebook when they need to think.

The real question is not which to choose but what each tool is for. The keyboard is unbeatable for producing, correcting and sharing. The hand remains a tool for thinking. A school that gave up either would lose something the other cannot replace.
~~
@notice
Notice to residents: water supply interruption

To allow essential repairs to the main in Station Road, the water supply to properties in Station Road, Elm Close and the odd numbers of Church Street will be interrupted on Tuesday 14 May between 9am and 4pm.

Bottled water will be available from the village hall car park from 8.30am. Customers on our priority services register will have water delivered to their door.

When the supply returns, the water may look cloudy for a short time. This is caused by air and is harmless; run your cold kitchen tap until it clears. We apologise for any inconvenience.
~~
@court report
Man jailed for burglary spree across three towns

A 34-year-old man was jailed for two years and eight months at Crown Court on Tuesday after admitting eleven burglaries between January and April.

The court heard that he targeted homes while their owners were at work, taking jewellery, laptops and cash. Police linked him to the crimes through fingerprints found on a kitchen window and a stolen watch he tried to sell online. In a statement read to the court, one victim said she no longer felt safe in her own house and had moved her children into her bedroom for weeks afterwards.

Passing sentence, the judge said the offences had caused "distress out of all proportion to the value of what was taken". He will serve half of the sentence in custody.
~~
@health leaflet
Using paracetamol safely

Paracetamol is a common painkiller used to treat aches and pains and to reduce a high temperature. It is safe for most people when taken at the right dose, but taking too much can cause serious liver damage, sometimes without symptoms at first.

For adults, the usual dose is one or two 500 mg tablets up to four times in 24 hours, with at least four hours between doses. Do not take more than eight tablets in 24 hours. Children need a lower dose based on their age or weight; always use the syringe or spoon that comes with the medicine.

Many cold and flu remedies also contain paracetamol, so check the label before taking them together. If you think you or someone else has taken too much, get medical help straight away, even if you feel well.
~~
@sports report
Late winner sends Rovers top

Rovers came from two goals down to beat Athletic 3-2 on Saturday and move to the top of the table for the first time this season.

Athletic were ruthless in the first half, killing off two Rovers attacks and scoring twice on the break. But the home side were transformed after the interval. Okafor pulled one back with a header in the 58th minute and Lindqvist equalised from the penalty spot. With the clock showing 93 minutes, substitute Jamie Reid fired in from the edge of the box to send the crowd of 9,400 wild.

"We got murdered in the first half, to be honest," admitted the Rovers manager. "But the lads showed real character."
~~
@job advert
Part-time library assistant (20 hours a week)

Northfield Library is looking for a friendly and organised library assistant to join our small team. You will help customers find books and information, issue and return items, support children's activities such as our Saturday story time, and help older customers with computers and online forms.

We are looking for someone who enjoys working with the public and is comfortable with basic IT. No library experience is needed; full training is provided. The role includes one Saturday in two.

Salary: £11,900 a year (pro rata of £23,800). To apply, send a CV and a short covering letter to jobs@northfield-libraries.org by 28 February.
~~
@report
Food bank annual report 2024: summary

In 2024 the food bank gave out 18,400 emergency food parcels, 11% more than the year before. Just under 40% went to households with children.

The people we help have changed. Students now account for 12% of referrals, compared with 4% in 2019. Working households on low wages make up 27% of referrals, the largest single group, followed by disabled people and people with long-term illness (22%) and pensioners (9%).

Donations from supermarkets fell, but collections in schools and churches and a partnership with local farms filled most of the gap. We relied on 260 regular volunteers, half of them retired. Our priority for next year is a mobile pantry for villages without a shop.
~~
@email
Subject: Lift share for Sunday's tournament

Hi all,

The under-11s tournament is on Sunday at Kingsmead. Please be at the club car park for 8.15am so we can leave at 8.30am. We still need two more drivers; if you can help, reply to this email by Friday evening.

Please remember water bottles, snacks and the red shirt (the home team plays in blue). Matches finish around 4pm, including the medals.

Thanks, and have a good weekend,
Sophie (club secretary)
~~
@history
The Manhattan Project

The Manhattan Project was the Allied programme, led by the United States with the United Kingdom and Canada, that developed the first nuclear weapons during the Second World War. Begun in 1942, it employed more than 130,000 people at its peak, at sites including Oak Ridge in Tennessee, Hanford in Washington and the laboratory at Los Alamos in New Mexico directed by J. Robert Oppenheimer.

The first test, code-named Trinity, took place in the New Mexico desert on 16 July 1945. Within weeks, atomic bombs were dropped on Hiroshima and Nagasaki, killing tens of thousands of people instantly and many more in the months that followed. Historians still debate whether the bombings were necessary to end the war. The project's legacy includes the nuclear arms race, the development of nuclear power and an enduring debate about scientists' responsibility for what they create.
~~
@review
We stayed four nights at the Harbour View guesthouse and would happily go back. The room was small but spotless, with a proper window onto the boats, and the bed was very comfortable. Breakfast was the highlight: homemade bread, local eggs and a kipper if you want one. The owners gave us good tips for walks along the coast path. The only downside is the stairs, steep and narrow, which might be hard for anyone with mobility problems. Parking is on the street and can be tight in August.
~~
@instructions
How to assemble the ASHBY garden bench

In the box: 1 seat, 1 backrest, 2 side frames, 2 cross bars, 12 bolts, 12 washers, 1 Allen key.

1. Lay the seat upside down on a soft surface such as the cardboard from the box.
2. Attach each side frame to the seat with three bolts and washers. Do not fully tighten yet.
3. Fit the two cross bars between the side frames.
4. Turn the bench over with a second person and attach the backrest with the remaining bolts.
5. Tighten all bolts, checking that the bench sits level.

Care: clean with warm soapy water. Do not use a pressure washer. Treat the wood with oil once a year and cover or store the bench in winter.
~~
@statistics
Religion in England and Wales, Census 2021

For the first time in a census of England and Wales, fewer than half of the population (46.2%) described themselves as Christian, down from 59.3% in 2011. "No religion" was the second most common answer, given by 37.2% of people.

Muslims made up 6.5% of the population, up from 4.9%. Hindus accounted for 1.7%, Sikhs 0.9%, Buddhists 0.5% and Jews 0.5%. The question was voluntary, and 6% of people chose not to answer it.

The age profile differs between groups: Christians are on average older than the population as a whole, while Muslims are on average younger, reflecting in part patterns of migration and family size. The figures are used by councils and public bodies to plan services such as schools, burial grounds and chaplaincy in hospitals and prisons.
~~
@minutes
Residents' association — annual general meeting

About forty residents attended, together with a representative of the housing association and the neighbourhood police officer.

Residents first raised speeding on Lilac Road near the school gate. The council has agreed to install a speed indicator sign before the end of the year and will consult on a raised crossing. Several people complained about fly-tipping by the bins; the housing association reminded residents that the recycling centre is free and announced a bulky waste collection on 15 November.

The treasurer reported a balance of £1,240. The committee was re-elected unopposed. Finally, the parents' group proposed a street party in the spring; volunteers will meet in January to plan it.
~~
@travel
Three days in Lisbon in winter

January is a good time to visit Lisbon: it is often 15 degrees, the queues have gone and hotels are cheaper. We stayed in Alfama, the oldest district, where the lanes climb and fall endlessly. Bring good shoes; the cobbles are slippery in the rain.

On the first day we took the number 28 tram up to the castle and walked back down to the Baixa. The second day was for Belém: the monastery, the tower and warm custard tarts straight from the oven. On the third day we took the train to Sintra, forty minutes away, with its palaces in the mist.

We spent about 90 euros a day each, including accommodation. One tip: eat late, as Lisboans do, and look for fado in a small bar rather than a restaurant aimed at tourists.
~~
@essay
Is volunteering only for the retired?

We often picture a volunteer as a retired person giving their time to a charity. The figures partly confirm this: people over 65 are the most committed, especially in social and care organisations. But young people are volunteering in growing numbers, often for one-off events: a collection, a festival, a night shelter shift.

This shift challenges charities. A volunteer who comes three Saturdays a year cannot be managed like a treasurer who has been there for twenty years. They need short, clear tasks and an easy way to sign up. Charities that have understood this attract new people; others struggle to renew their committees.

Volunteering is not in crisis; it is changing shape. The real question is one of succession: who will take on tomorrow the responsibilities carried today by people in their seventies?
~~
@news
Flood warnings remain in place after weekend of rain

Flood warnings remain in place for three rivers after two months' worth of rain fell in 48 hours. About fifty homes in the lower town were flooded on Saturday night and twenty families spent the night in the leisure centre, which the council opened as a rest centre.

Firefighters carried out more than 120 rescues and pumping operations. No one was seriously hurt. The council has set up a helpline for residents who need help with cleaning up or claiming on their insurance, and volunteers from the Red Cross are handing out cleaning kits.

The Environment Agency warned that river levels will stay high for several days and urged people not to walk or drive through flood water.
~~
@recipe
Lemon yoghurt cake

This is the cake children can make almost by themselves, because the yoghurt pot is the measuring cup.

1 pot of plain yoghurt (125 g), 3 pots of self-raising flour, 2 pots of sugar, half a pot of sunflower oil, 3 eggs, the zest of a lemon.

Heat the oven to 180°C (160°C fan). Tip the yoghurt into a bowl and keep the pot for measuring. Beat in the sugar and eggs, then the flour, then the oil and zest. Pour into a greased loaf tin and bake for 35 to 40 minutes. The cake is done when a knife pushed into the middle comes out clean. Leave it to cool before turning it out, and drizzle with lemon juice mixed with icing sugar if you like.
~~
@administrative
Applying for a school place: what you need to know

Applications for primary school places starting in September open on 1 November and close on 15 January. You can apply online on the council's website, naming up to three schools in order of preference.

Places are offered according to each school's admission criteria, usually in this order: looked-after children, children with a sibling already at the school, and children living closest to the school. Living in a school's catchment area does not guarantee a place.

Offers are sent on 16 April. If you are not offered a place at any of your preferred schools, you can appeal, and your child will be put on the waiting list for those schools automatically.
~~
@statistics
Age of drivers involved in injury collisions

In 2023, drivers aged 17 to 24 made up 7% of licence holders but 18% of drivers involved in collisions where someone was injured. Per mile driven, their risk is about three times that of drivers aged 40 to 59.

Drivers aged 75 and over are involved in fewer collisions, largely because they drive less, but they are more likely to be seriously hurt when a collision happens. Men account for around three quarters of drivers involved in fatal collisions. Speed, alcohol and mobile phone use remain the factors most often recorded by police.
~~
@letter
Dear Gran,

Thank you so much for the parcel! The socks are perfect for walking and the whole flat tried your shortbread; there isn't a crumb left. Everything is fine here. The accounting module is harder than I expected, but I have found a nice study group and we meet in the library on Tuesdays.

I'm coming home for Christmas on the 20th, on the 5.42 train. Dad says he'll pick me up from the station. Can we make the apple pie together like last year? I promised the recipe to my flatmate.

Lots of love,
Leah
~~
@court report
Landlord's appeal over fatal flat fire begins

The appeal of a landlord convicted over a fire that killed three people in a block of flats in 2021 opened on Monday. At his trial he was found guilty of gross negligence manslaughter after experts concluded that the wiring was unsafe despite repeated complaints from tenants.

Relatives of the victims told the court about emails that went unanswered and fuses that blew every winter. Lawyers for the landlord argue that there is no proven link between the failures and the cause of the fire. Judgment is expected in March.
~~
@essay
The quiet comeback of small towns

For years, small and medium-sized towns were described as the big losers of globalisation: empty high streets, young people leaving for the cities, factories moving abroad. In the last few years, however, several of them have started to gain residents again.

Remote work has played a part, allowing people to keep city jobs while living two hours away. House prices, a third of those in the capital, did the rest. But the revival is not automatic. It mostly benefits towns with good rail links that have invested in their centres, schools and cultural life.

The risk is a new divide, between towns that attract newcomers and those that keep emptying, and within towns, between new arrivals and long-standing residents whose rents are going up.
~~
@email
Subject: Team meeting moved to Thursday morning

Hi everyone,

Thursday's team meeting has moved to 9.30am (instead of 2pm) because the room is booked in the afternoon. Agenda: update on the website redesign, summer leave planning, any other business.

Please add your items to the shared document by Wednesday lunchtime. If you are working from home, the video link is the same as usual.

Thanks,
Karim
~~
@report
Library use survey 2024

The city's six libraries received 412,000 visits in 2024, 6% more than in 2023 and close to pre-pandemic levels. There were 21,300 active members, 38% of them under 18.

Use is changing. Loans of printed books fell slightly (down 3%), while use of study spaces rose sharply, especially among sixth-formers and students during exam periods. Digital skills sessions for older people were fully booked, with a waiting list of 80.

Recommendations: extend weekend opening hours, strengthen help with online public services, and continue the home library service for housebound and disabled readers.
~~
@sports report
Record field for the city marathon

A record 11,200 runners started Sunday's city marathon, now in its 33rd year. Under grey but dry skies, Kenya's Daniel Kiprop won the men's race in 2:11:48, while Claire Dubois of France took the women's title in 2:31:05.

Away from the elite race, the day was a festival: runners in fancy dress, bands every five kilometres and hundreds of volunteers at the drinks stations. Organisers donated one pound per entrant to a charity supporting children in hospital.
~~
@leaflet
Staying safe in hot weather

Drink plenty of water even if you do not feel thirsty. Keep out of the sun between 11am and 3pm, and avoid physical exertion in the hottest part of the day. Close curtains on rooms that face the sun and open windows at night when it is cooler.

Check on older neighbours, friends and relatives who live alone at least once a day. Babies, older people and people with heart or breathing problems are most at risk.

Signs of heat exhaustion include headache, dizziness, nausea and heavy sweating. Move the person somewhere cool, give them water and cool their skin. If symptoms do not improve within 30 minutes, or the person becomes confused, call 999.
~~
@history
The abolition of capital punishment in Britain

The last executions in the United Kingdom took place on 13 August 1964, when two men convicted of murder were hanged in Liverpool and Manchester. The following year, the Murder (Abolition of Death Penalty) Act suspended capital punishment for murder for five years; Parliament made the abolition permanent in 1969.

The debate had been shaped by cases such as those of Timothy Evans, hanged in 1950 for murders later attributed to another man, and Ruth Ellis, the last woman executed in Britain, in 1955. Opinion polls at the time still showed a majority of the public in favour of hanging. The death penalty remained available for a few other offences, including treason, until 1998.
~~
@news
School unveils mural for its centenary

Pupils at Clement Road Secondary unveiled a 40-metre mural on the playground wall on Friday, created with the artist Ines Marshall. Over six months, about a hundred pupils from every year group took part in workshops: searching the archives, sketching and finally painting during the Easter holidays.

The mural tells a century of the school's history, from its first girls' class in the 1920s to the rebuilding of 2019, including the former pupils whose names are on the war memorial in the entrance hall. "It's our way of saying the school belongs to everyone who passes through it," said one Year 13 pupil.
~~
@statistics
Student housing: where do students live?

According to the national student survey, about a third of full-time students live with their parents, a third rent privately (alone, with a partner or in a shared house) and around 15% live in halls of residence. The proportion living at home is much higher in London, where rents are highest.

For students who do not live with their parents, rent takes on average more than half of their budget. International students, first-year students and students from lower-income families are the most likely to live in halls. Almost half of students have a paid job during term time, most often in retail, hospitality or tutoring.
~~
@review
I took my car to this garage on a neighbour's recommendation and I'm glad I did. The brakes were making a worrying noise; the mechanic saw me without an appointment, came for a test drive with me and explained that only the pads needed replacing, while another garage had quoted me for discs and pads at twice the price. The work was done the next day and the bill matched the quote. My only complaint is that they are closed on Saturdays, which is awkward if you work.
~~
@essay
What video games teach children

Parents often worry about how much time their children spend playing video games, and about violence in some titles. These worries are fair: an eight-year-old should not be playing a shooter rated for adults, and screen time sometimes eats into sleep and homework.

But reducing games to these risks misses what they offer. A building game teaches planning, a strategy game teaches anticipation, a team game teaches communication. Many children pick up English or history through a game they love.

Rather than banning games, experts suggest playing with children now and then, choosing games by age rating (that is what the PEGI labels are for) and setting clear rules, such as no screens before school or in the bedroom at night.
~~
@statistics
Who are unpaid carers?

The 2021 census recorded about 5 million unpaid carers in England and Wales, people who look after a relative or friend because of illness, disability or old age. Women are more likely than men to provide care, and people aged 55 to 64 are the age group most likely to be carers.

Adult children caring for an elderly parent form the largest group, followed by partners. There are also an estimated 120,000 young carers under 18, often unnoticed, who look after a parent or sibling. Carers report poor sleep and loneliness more often than the rest of the population, which is why councils offer carers' assessments and respite breaks.
~~
@recipe
Roasted squash and chestnut soup

For four: a butternut squash of about 1.2 kg, 200 g cooked chestnuts, 1 onion, 1 litre of vegetable stock, 100 ml single cream, salt, pepper and nutmeg.

Peel the squash, scoop out the seeds with a spoon and cut it into chunks. Roast with the onion, quartered, and a drizzle of oil at 200°C for 30 minutes. Tip everything into a pan with the chestnuts and the stock, simmer for ten minutes, then blend until smooth.

Stir in the cream, season and grate over a little nutmeg. Toasted pumpkin seeds on top add crunch. The soup freezes well for up to three months.
~~
@court report
Gang behind 'bank safe account' scam sentenced

Eight members of a gang that posed as bank fraud officers were sentenced on Friday for a scam that cost more than 300 victims a total of £2.1 million. Callers told victims their accounts had been compromised and persuaded them to move their savings into a so-called safe account controlled by the gang.

Many victims were elderly, and several described in court the shame they felt at being deceived. Police repeated their advice: a bank will never ask you to move money to keep it safe. If you get such a call, hang up and ring your bank on the number printed on your card, ideally from a different phone.
~~
@essay
In praise of slow cooking

We live in the age of fifteen-minute recipes and thirty-minute delivery. Cooking has become a chore to be minimised. Yet some dishes will not be hurried: a beef stew, a pot roast, a sourdough loaf take hours, and that time is exactly what makes them taste good.

Cooking slowly does not mean spending longer at the stove. Most of the time the pot does the work while you do something else. It means planning ahead: starting the dough the night before, marinating the meat, letting the stew rest.

There is a forgotten pleasure in this patience: a house that smells good all afternoon, a meal worth waiting for. And slow-cooked dishes have another advantage: they are usually even better the next day.
~~
@notice
Library rules (extract)

Membership is free for anyone who lives, works or studies in the borough. Members may borrow up to ten items for three weeks and renew them twice online or by phone, unless another member has reserved them.

We do not charge fines for late returns, but borrowing is suspended if items are more than four weeks overdue. Lost or damaged items must be paid for.

Please keep noise to a minimum in the study areas and set phones to silent. Children under eight must be accompanied by an adult. Food is allowed in the café area only.
"""

FR += r"""
~~
@essai
Ce que les jardins partagés disent de nos villes

Il y a vingt ans, le jardin partagé faisait figure de curiosité, importée de New York ou de Montréal par quelques militants. Aujourd'hui, presque chaque ville moyenne en compte plusieurs, installés sur des friches, au pied des immeubles ou dans les cours d'école. Leur succès dit quelque chose de la façon dont nous vivons la ville.

D'abord, il répond à un besoin de nature. Dans des quartiers où l'on passe d'un appartement à un bureau puis à un centre commercial, pouvoir mettre les mains dans la terre, voir pousser une courgette ou écouter les abeilles n'a rien d'anodin. Les jardiniers parlent souvent de « respiration » : une heure au jardin après le travail vaut, disent-ils, une séance de sport ou de méditation.

Ensuite, le jardin crée des liens que la ville défait. On y croise des gens qu'on ne rencontrerait jamais ailleurs : un retraité ancien ouvrier, une étudiante en architecture, une famille arrivée depuis peu qui cultive des légumes de son pays d'origine, un couple de cadres qui découvre que les tomates ne poussent pas en hiver. Les conversations commencent par les semis et finissent par la vie du quartier. Des associations rapportent que des voisins qui s'ignoraient depuis des années se rendent désormais des services.

Le jardin est aussi un lieu d'apprentissage. Les écoles y emmènent leurs classes, les centres sociaux y organisent des ateliers, les anciens transmettent des savoir-faire que l'on croyait perdus : faire ses graines, composter, tailler un arbre fruitier. Pour beaucoup d'enfants, c'est la première fois qu'ils voient d'où viennent les légumes qu'ils mangent.

Il ne faut pas pour autant idéaliser. Les jardins partagés produisent peu : ils ne nourriront pas les villes, et ceux qui le prétendent se trompent de combat. Ils suscitent aussi des conflits, sur l'arrosage, les horaires, la répartition des parcelles, ou avec des riverains qui se plaignent du bruit ou des rats. Et ils peuvent devenir l'alibi de municipalités qui, faute de vrais parcs, verdissent leur communication à peu de frais.

Reste que leur multiplication traduit une attente réelle : celle d'espaces communs, gérés par les habitants eux-mêmes, où l'on peut faire quelque chose ensemble sans rien acheter. Dans une ville où presque chaque mètre carré a une fonction marchande, un carré de terre partagé est peut-être l'un des derniers lieux où l'on se rencontre simplement parce qu'on habite au même endroit.
~~
@rapport
Rapport annuel 2024 du centre social des Glycines — extraits

Le centre social des Glycines a accueilli en 2024 environ 1 850 personnes différentes, dont 620 enfants et adolescents. Le nombre de familles adhérentes a progressé de 8 %, principalement grâce à l'ouverture de l'accueil du samedi matin.

Publics. Les retraités restent le premier groupe parmi les adultes fréquentant le centre (34 %), suivis des parents de jeunes enfants (27 %) et des personnes en recherche d'emploi (16 %). Près d'un adulte sur cinq est arrivé en France depuis moins de dix ans ; les ateliers de français langue étrangère affichent complet depuis septembre, avec une liste d'attente de 45 personnes. La part des familles monoparentales parmi les adhérents atteint 29 %, contre 18 % à l'échelle de la commune.

Activités. L'accompagnement à la scolarité a concerné 96 élèves, du CP à la troisième, encadrés par 24 bénévoles. Le point d'accès aux droits a reçu 1 140 visites, principalement pour des démarches de la CAF, des dossiers de retraite et des déclarations de revenus en ligne. Les sorties familiales (mer, montagne, musées) ont réuni 410 participants, dont beaucoup ne partent pas en vacances. Le jardin pédagogique, ouvert au printemps, a permis des ateliers hebdomadaires avec deux écoles et l'Ehpad voisin.

Bénévolat. Le centre s'appuie sur 68 bénévoles réguliers, pour un volume estimé à 9 200 heures, soit l'équivalent de plus de cinq postes à temps plein. La moitié des bénévoles ont plus de 60 ans ; le renouvellement est une préoccupation, même si l'arrivée d'étudiants en service civique a apporté un souffle nouveau.

Finances. Le budget s'élève à 812 000 euros, financé à 41 % par la CAF, 33 % par la commune, 11 % par le département et le reste par les adhésions, la participation des familles et des fonds privés. L'exercice se termine avec un léger excédent de 6 400 euros, affecté au fonds de réserve.

Perspectives. Pour 2025, le conseil d'administration a retenu trois priorités : ouvrir un second créneau d'apprentissage du français, développer l'accueil des adolescents le mercredi après-midi et rénover la cuisine collective, dont l'équipement date de 1998.
~~
@actualité
Le collège Jean-Jaurès renoue avec la classe de neige

Pour la première fois depuis 2019, les élèves de cinquième du collège Jean-Jaurès sont partis une semaine en classe de neige dans le Vercors. Cinquante-six élèves, quatre enseignants et deux accompagnateurs ont pris le car dimanche à l'aube, sous les applaudissements des parents.

Le projet avait failli ne pas voir le jour. Le coût du séjour, près de 600 euros par élève, paraissait hors de portée pour de nombreuses familles du quartier. « Un tiers de nos élèves sont boursiers, et pour certains parents, c'est l'équivalent d'un mois de courses », explique la principale adjointe. L'équipe s'est mobilisée pendant un an : vente de gâteaux, tombola, marché de Noël, dossier de subvention auprès du département et de la caisse d'allocations familiales. Au final, la participation demandée aux familles a été ramenée à 150 euros, avec des facilités de paiement, et aucun élève n'est resté au collège faute de moyens.

Sur place, le programme mêle ski de fond, raquettes, découverte de la faune de montagne et travail en classe le soir. Les professeurs de sciences ont préparé un carnet sur la formation des glaciers, celui d'histoire-géographie un atelier sur la Résistance dans le Vercors. Pour beaucoup d'élèves, c'est la première fois qu'ils voient la neige en vrai, et la première nuit loin de chez eux.

« Le premier soir, il y a eu quelques larmes, reconnaît un enseignant. Le troisième, ils ne voulaient plus rentrer. » Un blog alimenté chaque jour par les élèves permet aux familles de suivre le séjour. Les photos de la bataille de boules de neige du mardi ont déjà été vues plus de mille fois.

Le collège espère pérenniser l'opération. La municipalité a annoncé qu'elle étudierait une aide annuelle, et l'association des parents d'élèves prépare déjà la tombola de l'an prochain.
~~
@statistiques
Portrait statistique des personnes âgées de 75 ans et plus dans le département

Au 1er janvier 2024, le département compte 118 400 personnes de 75 ans et plus, soit 10,6 % de la population, contre 8,9 % en 2010. Cette part devrait dépasser 14 % en 2040 selon les projections démographiques, sous l'effet de l'arrivée à ces âges des générations nombreuses de l'après-guerre.

Les femmes représentent 61 % des 75 ans et plus, et 72 % des 90 ans et plus, en raison de leur espérance de vie plus longue. Près de la moitié des femmes de 75 ans et plus vivent seules, contre un homme sur cinq.

La grande majorité des personnes âgées vivent à domicile : seules 8 % des 75 ans et plus résident en établissement, une proportion qui atteint 27 % après 90 ans. Les communes rurales de l'est du département sont les plus âgées ; dans certaines, plus d'un habitant sur cinq a plus de 75 ans.

Le niveau de vie médian des 75 ans et plus est proche de celui de l'ensemble de la population, mais les écarts sont importants : les femmes seules, souvent veuves, ayant eu des carrières courtes, sont surreprésentées parmi les personnes sous le seuil de pauvreté. Un peu plus de 14 000 personnes âgées bénéficient de l'allocation personnalisée d'autonomie à domicile.

Ces données servent à dimensionner l'offre de services : aide à domicile, portage de repas, places en accueil de jour et en établissement, transports adaptés. Elles rappellent aussi l'importance des aidants, conjoints et enfants, qui assurent la plus grande part de l'accompagnement au quotidien.
"""

EN += r"""
~~
@essay
What shared gardens tell us about our towns

Twenty years ago, a community garden was a curiosity, brought over from New York or Berlin by a handful of enthusiasts. Today almost every town has several, on vacant lots, at the foot of tower blocks or in school grounds. Their success says something about how we live in cities.

First, they answer a need for nature. In neighbourhoods where people move from a flat to an office to a shopping centre, being able to put your hands in the soil, watch a courgette grow or listen to bees is not trivial. Gardeners often describe it as breathing space: an hour on the plot after work, they say, does as much good as a session at the gym.

Second, a garden builds connections that urban life tends to wear away. You meet people you would never meet otherwise: a retired bus driver, an architecture student, a family who arrived recently and grow vegetables from home, a young couple discovering that tomatoes do not grow in winter. Conversations start with seedlings and end up about the life of the street. Organisers report that neighbours who ignored each other for years now water each other's plots during holidays.

Gardens are also places of learning. Schools bring classes, community centres run workshops, and older gardeners pass on skills that seemed lost: saving seed, making compost, pruning fruit trees. For many children it is the first time they see where the vegetables on their plate come from.

None of this should be romanticised. Shared gardens produce little food; they will not feed a city, and those who claim they will are picking the wrong fight. They can cause conflict too, over watering rotas, opening hours and who gets which plot, or with neighbours who complain about noise or rats. And they can become a convenient alibi for councils that, lacking real parks, green their image on the cheap.

Still, their spread reflects a genuine wish: for shared spaces, run by the people who use them, where you can do something together without buying anything. In a town where almost every square metre has a commercial purpose, a patch of shared ground may be one of the last places where people meet simply because they live in the same place.
~~
@report
Community centre annual report 2024 — extracts

The Wisteria Community Centre welcomed around 1,850 different people in 2024, including 620 children and young people. Family membership rose by 8%, mainly thanks to the new Saturday morning drop-in.

Who uses the centre. Among adults, pensioners remain the largest group (34%), followed by parents of young children (27%) and people looking for work (16%). Almost one adult in five came to the UK within the last ten years; English for speakers of other languages classes have been full since September, with 45 people on the waiting list. Single-parent families make up 29% of member households, compared with 18% across the borough.

Activities. The homework club supported 96 pupils aged 5 to 14, with 24 volunteer tutors. The advice desk received 1,140 visits, mostly about benefits, pensions and online forms. Family trips to the seaside, the countryside and museums involved 410 people, many of whom have no holiday away from home. The new teaching garden, opened in spring, hosted weekly sessions with two primary schools and the care home next door.

Volunteering. The centre relies on 68 regular volunteers, giving an estimated 9,200 hours a year, the equivalent of more than five full-time staff. Half of the volunteers are over 60, and recruiting younger people is a concern, although students on placement have brought new energy.

Finances. Income was £712,000: 41% from the council, 27% from grants and trusts, 19% from room hire and the café, and the rest from donations and fundraising. The year closed with a small surplus of £5,600, added to reserves.

Looking ahead. For 2025 the trustees have chosen three priorities: a second English class, a Wednesday afternoon youth session and the refurbishment of the community kitchen, whose equipment dates from 1998.
~~
@news
School revives winter residential trip

For the first time since 2019, Year 8 pupils at Hillcrest Academy have gone on a week-long residential trip to the Cairngorms. Fifty-six pupils, four teachers and two support staff boarded the coach at dawn on Sunday, cheered off by parents.

The trip nearly did not happen. At around £600 per pupil, the cost seemed out of reach for many families. "A third of our pupils receive free school meals, and for some parents that's a month's food shopping," said the deputy head. Staff spent a year fundraising: cake sales, a raffle, a Christmas fair and grant applications to local trusts. In the end, families were asked for £150, payable in instalments, and no pupil stayed behind because of money.

The programme combines cross-country skiing, snowshoeing, wildlife walks and lessons in the evening. Science teachers prepared a booklet on how glaciers shaped the valleys, and geography staff a session on mountain weather. For many pupils it is the first time they have seen deep snow, and their first night away from home.

"There were a few tears the first night," admitted one teacher. "By the third, nobody wanted to go home." A blog updated daily by pupils lets families follow the week, and photographs of Tuesday's snowball fight have already been viewed more than a thousand times.

The school hopes to make the trip a tradition. The council has said it will consider an annual contribution, and the parents' association is already planning next year's raffle.
~~
@statistics
People aged 75 and over in the county: a statistical profile

In mid-2024 the county had 118,400 residents aged 75 and over, 10.6% of the population, up from 8.9% in 2010. Projections suggest the share will exceed 14% by 2040, as the large post-war generations reach these ages.

Women make up 61% of people aged 75 and over and 72% of those aged 90 and over, reflecting their longer life expectancy. Almost half of women aged 75 and over live alone, compared with about one man in five.

The great majority live in their own homes: only 8% of people aged 75 and over live in care homes, rising to 27% among those aged 90 and over. Rural districts in the east of the county have the oldest populations; in some parishes more than one resident in five is over 75.

Median income for this age group is close to the county average, but there are wide gaps. Women living alone, often widowed and with shorter working lives, are over-represented among older people on low incomes. Around 14,000 older residents receive council-funded care at home.

The figures are used to plan services such as home care, meals on wheels, day centres, care home places and community transport. They also highlight the role of unpaid carers, mostly partners and adult children, who provide most day-to-day support.
"""


def _docs(block: str) -> list[tuple[str, str]]:
    out = []
    for part in block.strip().split("\n~~\n"):
        part = part.strip()
        genre, _, text = part.partition("\n")
        if not genre.startswith("@"):
            raise ValueError(part[:60])
        out.append((genre[1:].strip(), text.strip()))
    return out


def main() -> None:
    for lang, block, source in (("fr", FR, "docs_fr_written"), ("en", EN, "docs_en_written")):
        rows = []
        for i, (genre, text) in enumerate(_docs(block)):
            rows.append({"id": f"{source}-{i:03d}", "text": text, "lang": lang,
                         "label": "benign", "kind": "document", "direction": "input",
                         "source": source, "origin": f"written:{genre}"})
        write_jsonl(HERE / f"{source}.jsonl", rows)


if __name__ == "__main__":
    main()
