// Crises: harm to people (injury, poisoning, fire, danger), data breaches, discrimination, and
// public storms (boycotts, outrage at a campaign or a statement) that the company must answer fast.
import { examples } from './lines.ts';

const FR = `
Ma fille a fait une réaction allergique grave après avoir mangé votre biscuit, l'étiquette n'indiquait pas d'arachide
Un morceau de verre dans la salade achetée ce midi, j'aurais pu avaler ça
La trottinette de location a lâché en pleine descente, je me suis ouvert le genou, le frein ne répondait plus
La batterie externe achetée chez vous a gonflé et a commencé à fumer sur mon bureau
Toute la famille malade depuis le repas livré hier soir, vomissements et fièvre
Le bus a freiné brutalement, une dame âgée est tombée et personne n'a appelé les secours
Votre site a été piraté ? Je reçois des mails avec mon mot de passe en clair
Des données clients circulent sur un forum, nom, adresse, IBAN. Vous comptez prévenir les gens ?
Le radiateur électrique a pris feu dans la chambre de mon fils, heureusement on était réveillés
Odeur de gaz très forte depuis le passage de votre technicien, on a dû évacuer l'immeuble
Boycott de la marque tant que cette pub sexiste n'est pas retirée
Votre dernière campagne est une honte, elle se moque des personnes handicapées #boycott
L'escalator du magasin s'est arrêté net, mon fils est tombé et s'est cassé le poignet
On m'a refusé l'entrée de l'agence à cause de mon voile. Discrimination pure et simple.
Le siège auto acheté chez vous s'est détaché pendant un freinage, c'est extrêmement dangereux
Mon enfant s'est électrocuté en touchant la borne de recharge du parking
Des larves dans le paquet de riz, et on en a déjà mangé la moitié
Le vigile a frappé mon frère devant tout le monde, j'ai la vidéo
Menaces de mort reçues de la part d'un de vos livreurs après une réclamation
Intoxication au restaurant de l'aéroport, 6 personnes de notre groupe aux urgences
La cafetière a explosé en pleine utilisation, ma femme a été brûlée au bras
Les freins du vélo en libre-service ne marchent pas, j'ai failli passer sous une voiture
Une vidéo d'un de vos employés qui maltraite un client tourne partout, vous réagissez quand ?
Après la fuite de données de votre appli, on a vidé mon compte. Qui va rembourser ?
Le chauffage d'appoint s'est mis à fondre et à dégager une fumée noire
Scandale : vous vendez encore le lot de jouets rappelé pour risque d'étouffement
Le wagon était plein de fumée et les portes ne s'ouvraient pas, panique totale
Votre PDG a tenu des propos racistes à la radio, on ne remettra plus les pieds chez vous
Le plafond de votre magasin s'est effondré à côté de ma fille, ça aurait pu la tuer
Mon mari a été hospitalisé après avoir mangé votre plat préparé, le médecin parle de listeria
Grosse fuite d'eau sur les installations électriques de la gare, personne ne bloque l'accès
La bouteille de gaz livrée fuit, ça sent partout dans le garage
Vos panneaux publicitaires avec des enfants en maillot, sérieusement ? Retirez ça immédiatement
Le jouet acheté pour Noël perd des petites pièces, mon bébé en avait une dans la bouche
Le tweet de votre compte officiel hier soir est ignoble, des excuses publiques s'imposent
Plus de 200 personnes bloquées dans le train depuis 4h sans eau ni clim, des malaises
Un client a fait un malaise en caisse et aucun employé ne savait où était le défibrillateur
On a trouvé une souris morte dans le sachet de salade
La prise multiple vendue chez vous a fondu et noirci le mur, j'ai failli avoir un incendie
Votre appli affiche les relevés bancaires d'autres clients, faille de sécurité énorme
Mon fils a été harcelé par un de vos animateurs pendant le séjour, je porte plainte
Le conducteur roulait avec son téléphone à la main sur l'autoroute, je vous envoie la vidéo
Des salariés dénoncent des conditions dangereuses dans votre entrepôt, vous confirmez ?
Tous mes contacts reçoivent des liens frauduleux depuis que vous avez été hackés
Le scooter électrique a pris feu en charge dans le couloir de l'immeuble
Mon chien a été empoisonné par les croquettes, le vétérinaire est formel
Fermeture d'urgence de votre usine après l'explosion de ce matin, des blessés ?
Ce que vous avez publié sur les victimes de l'accident est indécent, supprimez ce post
Le toboggan de votre parc a une vis qui dépasse, mon fils s'est entaillé la jambe
Ma voiture de location a perdu une roue sur l'autoroute, on est vivants par miracle
Appel au boycott lancé, déjà 20 000 partages, et vous ne dites toujours rien
Vous avez licencié une salariée enceinte et ça se sait maintenant, honte à vous
La crème achetée chez vous m'a provoqué des brûlures au visage
La porte automatique s'est refermée sur ma mère, elle a une fracture
Le bébé a bu le lait infantile du lot qui fait l'objet du rappel, que faut-il faire ?
Plusieurs clients hospitalisés après un buffet dans votre hôtel, la presse locale en parle déjà
Le distributeur de billets m'a envoyé une décharge électrique, il y a des fils apparents
Le bus a pris feu au terminus, on a vu la fumée depuis l'école
J'ai retrouvé une aiguille dans le pain de mie, mon fils aurait pu se blesser gravement
Votre appli de santé a exposé nos dossiers médicaux, c'est une fuite de données gravissime
Quelqu'un s'est fait agresser dans votre parking souterrain et aucun agent n'est intervenu
Le chargeur de la voiture électrique a fondu sur la borne de votre station
Mon fils a fait un choc anaphylactique, il y avait des traces de sésame non indiquées
La rampe d'accès du magasin s'est effondrée sous un fauteuil roulant
Des dizaines d'enfants malades après le goûter fourni par votre cantine
Un employé de votre agence a tenu des propos homophobes à mon compagnon, c'est inadmissible, je vais alerter les associations
La vidéo de votre livreur qui jette les colis par-dessus le portail fait 2 millions de vues
Après le piratage de vos serveurs, mes identifiants bancaires ont été utilisés
Le train a déraillé à la sortie de la gare, est-ce qu'il y a des blessés ?
Incendie dans votre entrepôt de Vénissieux, la fumée est toxique selon les pompiers ?
Votre pub avec le blackface est une honte absolue, retirez-la immédiatement
Mon fils a failli s'étouffer avec une pièce du jouet offert dans le menu enfant
La porte du TER s'est ouverte en marche, une passagère a failli tomber
Le bébé a eu des brûlures avec le chauffe-biberon acheté chez vous
#BoycottAzur tourne depuis ce matin après les propos de votre directeur, vous attendez quoi pour réagir ?
L'ascenseur de votre résidence est tombé de deux étages avec ma voisine dedans
Le moteur du scooter de location a pris feu pendant que je roulais
Les employés de votre magasin de Lens ont été menacés avec une arme, ils sont choqués
Un bout de métal dans le steak haché, je me suis cassé une dent
Votre camion a renversé un cycliste devant chez moi, il est parti à l'hôpital
Des coupures de courant à répétition et mon père est sous assistance respiratoire à domicile, c'est vital
Des milliers de comptes clients en vente sur le darkweb, vous allez enfin communiquer ?
La pâte à tartiner contient des morceaux de verre, j'ai des photos
Le poêle à granulés a dégagé du monoxyde de carbone, toute la famille a été intoxiquée
Votre compte officiel a été piraté et publie des liens d'arnaque depuis une heure
L'influenceur que vous sponsorisez tient des propos antisémites, vous cautionnez ?
Un enfant coincé dans le manège de votre centre commercial, les secours sont là
Ma mère a glissé sur le sol mouillé sans panneau dans votre magasin, fracture du col du fémur
Les freins de la voiture louée ont lâché dans la descente, on a fini dans le fossé
Votre usine rejette une eau brune dans la rivière, les poissons meurent
J'ai été victime de harcèlement sexuel par un de vos chauffeurs, personne ne prend ma plainte au sérieux
Les comprimés achetés sur votre site étaient contrefaits, ma soeur a été hospitalisée
L'arbre du parking de votre magasin est tombé sur une voiture avec des gens dedans
Le grille-pain a pris feu dans ma cuisine ce matin, les pompiers sont venus. Il a 2 mois.
Mon fils a avalé une pièce qui s'est détachée du jouet, on est aux urgences
La plaque de cuisson s'allume toute seule, hier elle a failli mettre le feu au torchon
Le câble de la rallonge a fondu et noirci la prise, c'est un miracle qu'il n'y ait pas eu d'incendie
Plusieurs clients signalent des brûlures avec le même fer à repasser, vous attendez quoi pour le retirer ?
Votre pub se moque des personnes âgées, c'est indigne. Je ne mettrai plus les pieds chez vous #boycott
Des morceaux de métal dans la boîte de céréales, mon enfant s'est coupé la bouche
La poignée du four est devenue brûlante et mon fils s'est brûlé les doigts, il faut retirer ce modèle
Le chargeur a fait des étincelles puis tout a disjoncté, il y a une odeur de brûlé partout
`;

const EN = `
My daughter had a severe allergic reaction to your cereal bar, the label didn't mention peanuts
Found a shard of glass in the sandwich I bought at lunch
The power bank I bought from you swelled up and started smoking on my desk
Whole family sick since last night's delivery, vomiting and fever
The bus braked hard, an elderly lady fell and nobody called an ambulance
Customer data is being sold on a forum: names, addresses, bank details. Are you going to tell people?
The heater caught fire in my son's bedroom, luckily we were awake
Strong smell of gas since your engineer's visit, we had to evacuate the building
Boycotting you until that offensive ad is pulled
The escalator stopped dead and my son fell and broke his wrist
The car seat came loose during braking, this is extremely dangerous
My kid got an electric shock from the charging point in your car park
Your security guard assaulted my brother in front of everyone, I have the video
Six of us ended up in A&E after eating at your airport restaurant
The kettle exploded while in use and my wife burned her arm
Brakes on the rental bike don't work, I nearly went under a car
Video of your employee abusing a customer is everywhere, when are you going to respond?
After your app's data breach someone emptied my account
The portable heater started melting and giving off black smoke
You're still selling the toy that was recalled for choking risk
The carriage filled with smoke and the doors wouldn't open, total panic
Your CEO's racist comments on the radio are disgusting, never shopping here again
Part of your store's ceiling collapsed next to my daughter
My husband is in hospital after eating your ready meal, doctors suspect listeria
The gas bottle you delivered is leaking, the whole garage smells of it
Your official account's tweet last night was vile, we expect a public apology
200 people stuck on the train for 4 hours with no water, people are fainting
Found a dead mouse in the salad bag
The extension lead from your store melted and scorched the wall, nearly started a fire
Your app is showing me other customers' bank statements, massive security flaw
Staff are reporting dangerous conditions in your warehouse, can you confirm?
All my contacts are getting scam links since you got hacked
The e-scooter caught fire while charging in our hallway
Our dog was poisoned by the food, the vet is certain
Reports of an explosion at your plant this morning, is anyone injured?
The rental car lost a wheel on the motorway, we're lucky to be alive
Boycott call already at 20k shares and you're still silent
The face cream gave me burns, I have photos
The automatic door closed on my mother and she has a fracture
My baby drank formula from the recalled batch, what do we do?
Several guests hospitalised after the buffet at your hotel, it's already on local news
The cash machine gave me an electric shock, there are wires sticking out
The bus caught fire at the depot, we could see the smoke from the school
Found a needle in the sliced bread, my son could have been seriously hurt
Your health app exposed our medical records, that's a serious data leak
Someone was attacked in your underground car park and no staff came
My son went into anaphylactic shock, there was sesame that wasn't on the label
Dozens of kids ill after the snack your canteen provided
Staff at your branch made homophobic comments to my partner, this is going to the papers
Video of your driver throwing parcels over a gate has 2 million views
After the hack on your servers, my bank login was used
Did the train derail leaving the station? Are people injured?
Huge fire at your warehouse, are the fumes toxic?
Your ad is racist, pull it immediately
My son nearly choked on a piece of the toy from the kids meal
The train door opened while moving, a woman almost fell out
My baby was burned by the bottle warmer I bought from you
#BoycottAzure has been trending all morning after your director's comments, when are you responding?
The lift in your building dropped two floors with my neighbour inside
The rental moped's engine caught fire while I was riding it
Staff at your store were threatened with a weapon, they're in shock
Piece of metal in the burger, I broke a tooth
Your lorry knocked down a cyclist outside my house, he's gone to hospital
Repeated power cuts and my dad is on a ventilator at home, this is life or death
Thousands of customer accounts for sale on the dark web, are you going to say something?
The stove leaked carbon monoxide and the whole family was poisoned
Your official account has been hacked and is posting scam links
The influencer you sponsor is posting antisemitic stuff, do you support that?
My mum slipped on a wet floor with no sign in your store, broken hip
Your factory is dumping brown water in the river, fish are dying
I was sexually harassed by one of your drivers and nobody takes my complaint seriously
The tablets from your website were fake, my sister was hospitalised
The toaster caught fire in my kitchen this morning, the fire brigade came out. It's two months old.
My son swallowed a piece that came off the toy, we're in A&E
The hob turns itself on, yesterday it nearly set the tea towel alight
The extension lead melted and scorched the socket, lucky there was no fire
Several customers report burns from the same iron, what are you waiting for to pull it?
Your ad mocks older people, it's disgraceful. Never shopping with you again #boycott
Bits of metal in the cereal box, my child cut her mouth
The oven handle got so hot my son burnt his fingers, this model needs pulling
The charger sparked and tripped the whole house, there's a burning smell everywhere
`;

export const CRISES = examples('crisis', FR, EN);
