// Everything else: banter and jokes, friends tagging each other, partnership proposals from
// creators and associations, personal-data requests, surveys, lost property, stray test posts.
import { examples } from './lines.ts';

const FR = `
@camille_rz regarde, c'est le pull dont je te parlais
@thomas.b on y va samedi ?
Haha le chat sur la photo 😂
Qui d'autre prend le train de 6h12 tous les matins ? On devrait créer un club
Chaque fois que je passe devant votre magasin j'ai faim, c'est normal docteur ?
Bonjour, au titre de l'article 15 du RGPD merci de m'envoyer l'ensemble des données que vous détenez sur moi
Je souhaite exercer mon droit à l'effacement de mes données personnelles, merci de me confirmer par écrit
Bonjour, je tiens un blog cuisine assez suivi, on pourrait imaginer quelque chose ensemble ?
Notre association organise une tombola pour l'école, seriez-vous d'accord pour offrir un lot ?
Mon oncle a travaillé chez vous pendant 30 ans, il en parle encore
On est dimanche et je pense déjà au lundi 😩
Votre mascotte me fait peur depuis que je suis petit 😂
@lea_mrn @jules_dlt ça vous dit un resto là-bas vendredi ?
Vu votre camion de livraison garé devant chez ma grand-mère, elle m'a demandé si j'avais commandé 😂
Cette nuit un train sans terminus est passé dans mes rêves, rien à voir mais voilà
Petit coucou de Marseille ☀️
Bonjour, nous sommes un club de foot amateur et nous cherchons un sponsor pour nos maillots
Un faux compte utilise votre logo et vos photos sur Instagram, vous êtes au courant ?
Bonjour, avec ma classe de terminale on prépare un exposé sur votre entreprise, vous auriez une brochure ?
lol cette pub passe 15 fois par jour à la radio, je connais la musique par coeur
Ahah le community manager est en forme aujourd'hui
Bon courage aux équipes pour ce week-end de départs en vacances
C'est moi ou tout le monde a le même sac que moi dans le métro ?
Souvenir : mon premier compte bancaire ouvert chez vous en 1998 avec mon grand-père
Mon chien aboie à chaque fois que votre pub passe à la télé 🐶
Bonjour, je représente une agence d'influenceurs, nos talents aimeraient travailler avec votre marque
Nous organisons un festival local en juin, avez-vous un programme de mécénat ?
@nina.photo tu avais pris cette photo l'an dernier non ?
Rien à demander, juste un petit bonjour en passant 👋
Bonjour, je vous adresse une demande de rectification de mon adresse dans vos fichiers marketing, conformément au RGPD
Quel temps pourri aujourd'hui, même les pigeons restent à l'abri
Ça me rappelle mon enfance cette boutique
Je crois que j'ai perdu mes lunettes dans votre agence de Nancy, quelqu'un les a vues ?
Hâte d'être en vacances pour ne plus prendre ce train 😅
Il y a un jeu concours chez vous ? Non ? Dommage 😄
Oups, mauvais compte, désolé
Le monsieur qui fait la voix de vos pubs, c'est qui ? Il a une voix trop reconnaissable
Mon fils de 4 ans veut devenir conducteur de bus depuis votre pub 😄
Bonjour, youtubeuse tech (80k abonnés), je serais ravie de présenter vos produits dans une vidéo sponsorisée
Quelqu'un connaît un bon resto près de la gare de Bordeaux ?
Le logo a changé ? Je l'aimais bien l'ancien
Qui se souvient des anciennes cabines téléphoniques ? 😂
Nous sommes une start-up qui aimerait vous présenter notre solution de fidélisation, à qui peut-on s'adresser ?
Demande au titre de l'article 15 du RGPD : copie de mes enregistrements d'appels au service client
Coucou @marie_lj, c'est pas ton cousin sur la photo ?
ahah jpp
Je poste ici parce que je m'ennuie dans la file d'attente
Bonne année à toute l'équipe 🥂
Bon anniversaire à l'enseigne, 50 ans déjà 🎂
Le panneau de la gare dit "bonne journée" à 23h, poétique
Bonjour, êtes-vous la même entreprise que celle qui vendait des téléviseurs dans les années 80 ?
Vous avez regardé le match hier soir vous aussi ?
@karim_dz t'as vu, ils ont refait toute la façade
Ça me fait penser qu'il faut que j'appelle ma mère tiens
Est-ce que quelqu'un a déjà réussi à plier un plan de métro correctement ? 😂
Le stagiaire qui gère ce compte mérite une augmentation pour ce tweet
Bonjour, je suis en train d'écrire un roman dont une scène se passe dans un de vos trains, rien à demander, je trouvais ça drôle de vous le dire
Bonjour, mon entreprise organise un séminaire, vous travaillez avec les comités d'entreprise ?
Hello, on est un groupe de musique local et on aimerait jouer dans votre galerie marchande cet été, c'est à qui qu'il faut demander ?
Les pigeons de la gare du Nord sont plus ponctuels que certains Parisiens
Je réclame la recette secrète de vos cookies, pour la science 🍪
@sophie.dlc celui-là il irait trop bien dans ton entrée
Ce compte est géré par un humain ou une IA ? Juste par curiosité
Je n'ai rien acheté mais j'ai passé une heure dans votre magasin, c'est ma thérapie
Vous avez le même nom que mon chat 😸
Bonjour, je suis photographe amateur, puis-je faire des photos dans votre hall pour mon book ?
Bonjour, conformément à la loi, je m'oppose à l'utilisation de mes données à des fins de prospection commerciale
Bonjour, merci de me retirer de votre liste d'envoi de SMS publicitaires
Qui veut parier que le prochain bus arrive avant 8h ? Je mise 2 croissants
Rien à voir mais votre musique d'ascenseur tourne en boucle dans ma tête
Bonjour, je recherche un ancien collègue qui travaillait dans votre agence de Caen dans les années 2000, vous pouvez transmettre ?
Petite pensée pour le conducteur qui a klaxonné en rythme ce matin 🎶
Vous êtes sur Mastodon aussi ?
Je suis tombé sur une vieille pub de vous de 1995 sur YouTube, quelle époque 😂
Bonjour, notre école organise une journée des métiers, un de vos salariés pourrait venir présenter son travail ?
Le mannequin de votre affiche porte ma veste, je me sens célèbre
Bonjour, est-ce que votre entreprise est liée à l'ancienne enseigne du même nom à Lyon ? Simple curiosité historique
Le coucher de soleil depuis le quai ce soir, quelqu'un l'a vu ?
Votre tweet de 2014 est ressorti, le community manager de l'époque avait de l'humour
Je fais un puzzle de 1000 pièces avec votre logo, je vous montre quand c'est fini
Bonjour, j'organise une collecte de jouets pour Noël, vous pourriez relayer l'info ?
@alex_prt c'est là que je t'ai dit qu'on s'était perdus la dernière fois
Pourquoi votre logo est bleu ? Vraie question existentielle de 2h du matin
Rien à dire, je suis juste là pour lire les commentaires 🍿
J'ai vu votre camion à Lisbonne, vous êtes partout ma parole
Bonjour, je suis artiste peintre et je souhaiterais exposer dans votre hall d'accueil, est-ce envisageable ?
Je demande la communication des enregistrements de vidéosurveillance me concernant, au titre de mes droits sur mes données
Quelqu'un de chez vous connaît Julien, il bossait au service informatique ? Je cherche à le recontacter
On a fait un quiz en famille sur les slogans de pub, le vôtre a gagné
Ma grand-mère vous appelle encore par l'ancien nom de l'entreprise 😄
Bonjour, la marque que vous distribuez utilise-t-elle le même fabricant que la marque concurrente ? Je pose la question pour un débat familial
Bonjour, nous sommes une chorale et cherchons un lieu pour répéter, vous prêtez des salles ?
@marine.v trop drôle la photo de toi devant la vitrine
Vous faites vraiment du bon café ou c'est juste la fatigue ?
@sophie_lfr tu me diras si tu veux qu'on passe ensemble samedi
Je passais juste par là 😅
Photo prise devant votre vitrine de Noël l'an dernier, la nostalgie
Haha j'ai la même tête que votre mannequin le lundi matin
Qui est le photographe de cette campagne ? J'aime beaucoup la lumière
Bonjour, je suis étudiante en design et je fais un mémoire sur les vitrines, puis-je prendre quelques photos dans votre boutique ?
Bonjour, nous sommes une association d'aide aux devoirs, accepteriez-vous de donner du matériel informatique usagé ?
Mon grand-père vous appelle encore par votre ancien nom 😄
Bonjour, je souhaite que mon numéro soit retiré de vos listes de prospection téléphonique
Merci de ne plus m'envoyer de courriers publicitaires, je me désinscris
Hello, nous produisons un podcast local et cherchons un partenaire pour un épisode, ça vous parle ?
Je viens de voir votre camion sur l'autoroute, coucou au chauffeur 👋
Rien à voir mais votre jingle me reste dans la tête depuis ce matin
ça me donne envie de refaire toute ma déco tout ça
Premier tweet de la journée pour vous, vous êtes contents ? 😄
On organise un vide-grenier dans le quartier, vous voulez tenir un stand ?
@paul_vg c'est là que j'ai acheté mon vélo
La file devant le magasin ce matin, on aurait dit un concert
Bonjour, mon fils fait une collection de sacs en papier d'enseignes, vous en auriez un de côté ?
C'est qui le chat qui dort dans la vitrine ? Il a un nom ?
Bonjour, je suis photographe et j'ai vu qu'une de mes photos est sur votre page, pouvez-vous me créditer ?
Les gens qui mettent des avis 1 étoile parce qu'il pleuvait 😂
Je lis tous vos tweets depuis le train, c'est mon feuilleton du matin
Vos voisins de la boulangerie font les meilleurs croissants du quartier au passage
Bonjour, je suis conseillère municipale et j'aimerais échanger sur l'installation d'une boutique dans notre commune
Je teste si ce compte est toujours actif
Très joli ce sapin dans le hall d'entrée 🎄
@clara_dlt c'est ce magasin dont je te parlais, on y passe après le ciné ?
Mdr le chat qui s'est installé dans le carton de livraison 😂
J'ai rêvé de votre catalogue, je crois que je dois consulter
Bonjour, vous êtes bien l'entreprise qui sponsorise le club de rugby de la ville ?
Vous pourriez partager l'annonce de notre chat perdu ? Il a disparu près de votre magasin de Tours
Je me demande qui choisit la musique dans vos magasins, elle est top
Quelle ambiance ce matin dans le bus, tout le monde chante 😂
Bonjour, nous organisons une course solidaire, accepteriez-vous de relayer l'événement ?
Merci de retirer ma photo de votre page, je n'ai pas donné mon accord pour qu'elle soit utilisée
Bonjour, je souhaite faire opposition à l'utilisation de mes données à des fins commerciales
`;

const EN = `
@sam_rk look, it's the jumper I was telling you about
@ella.b Saturday?
Haha the cat in the photo 😂
Who else gets the 6:12 train every morning? We should start a club
Every time I walk past your store I get hungry, is that normal
Under GDPR article 15 please send me the personal data you hold about me
Please delete all my personal data and confirm in writing
Hi, I'm a business student running a survey on customer loyalty, would you share my questionnaire?
Hello, I run a travel account and we'd love to feature your hotels in a series, open to ideas?
Our school PTA is running a raffle, would you donate a prize?
Did anyone find a grey bunny toy on the 14 bus yesterday? My daughter is heartbroken
My uncle worked for you for 30 years, still talks about it
It's Sunday and I'm already dreading Monday 😩
Your mascot has scared me since I was a kid 😂
@lee_m @jo_d dinner there on Friday?
Saw your delivery van outside my gran's, she asked if I'd ordered something 😂
Hello from sunny Brighton ☀️
We're an amateur football club looking for a shirt sponsor
A fake account is using your logo and photos on Instagram, are you aware?
lol that ad plays 15 times a day on the radio, I know the jingle by heart
The social media person is on fire today haha
Good luck to the teams this holiday weekend
Everyone on the tube has the same bag as me today, we look like a team
Opened my first bank account with you in 1998 with my grandad, good times
My dog barks every time your ad comes on 🐶
We're an influencer agency and our talent would love to work with your brand
We're organising a local festival in June, do you have a sponsorship programme?
No question, just wanted to say hi 👋
Terrible weather today, even the pigeons are hiding
Think I left my glasses at your Nottingham branch, anyone seen them?
Oops, wrong account, sorry
Who's the guy who does the voice on your ads? So recognisable
My 4 year old wants to be a bus driver because of your ad 😄
Anyone know a good place to eat near the station?
Did the logo change? I liked the old one
We're a startup that would like to present our loyalty solution, who should we talk to?
Happy new year to the whole team 🥂
Happy 50th birthday to the brand 🎂
Who else watched the game last night?
@kai_d did you see they redid the whole front of the building
That reminds me I need to call my mum
Has anyone ever managed to fold a tube map properly? 😂
Whoever runs this account deserves a raise for that tweet
I'm writing a novel with a scene on one of your trains, nothing to ask, just thought you'd like to know
Our company is organising an away day, do you do partnerships with staff associations?
We're a local band and we'd love to play in your shopping centre this summer, who should we ask?
I demand the secret recipe for your cookies, for science 🍪
@sophie_c this would look great in your hallway
Is this account run by a human or an AI? Just curious
Didn't buy anything but spent an hour in your shop, it's my therapy
You have the same name as my cat 😸
I'm an amateur photographer, can I take some pictures in your lobby for my portfolio?
Please stop using my data for marketing, I object under data protection law
Please remove me from your marketing text list
Who wants to bet the next bus comes before 8? I'm betting two croissants
Random but your hold music is stuck in my head
I'm trying to find an old colleague who worked at your Cardiff office in the 2000s, could you pass a message on?
Are you on Bluesky too?
Found an old ad of yours from 1995 on YouTube, what a time 😂
Our school is running a careers day, could one of your staff come and talk about their job?
I've got the same jacket as the model on your billboard, I feel famous
Your tweet from 2014 resurfaced, your old social media person was funny
Doing a 1000 piece puzzle of your logo, will show you when it's done
I'm organising a toy collection for Christmas, could you share it?
Why is your logo blue? Asking at 2am for no reason
Just here for the comments 🍿
Saw your van in Lisbon, you're everywhere
I'm a painter and would love to exhibit in your reception area, is that possible?
I request a copy of CCTV footage of me under my data rights
My nan still calls you by the old company name 😄
We're a choir looking for a rehearsal space, do you lend rooms?
@maya_j let me know if you want to go together on Saturday
Just passing by 😅
Took a photo in front of your Christmas window last year, nostalgia
Haha that's me on a Monday morning in your ad
Who shot this campaign? Love the lighting
Hi, I'm a design student writing my dissertation on shop windows, could I take a few photos in your store?
Hello, we're a homework club charity, would you consider donating old laptops?
My grandad still calls you by your old name 😄
Please remove my number from your telemarketing lists
Unsubscribe me from your paper mailings please
Hi, we produce a local podcast and we're looking for a partner for an episode, interested?
Just saw one of your trucks on the motorway, wave to the driver 👋
Unrelated but your jingle has been stuck in my head all morning
this makes me want to redo my whole living room lol
We're organising a street market in the neighbourhood, would you like a stall?
@tom_vg that's where I bought my bike
The queue outside the store this morning looked like a gig
Whose cat is sleeping in the shop window? Does it have a name?
Hi, I'm a photographer and one of my pictures is on your page, could you credit me?
People leaving 1 star reviews because it rained 😂
Reading your tweets on the train is my morning soap opera
Just testing whether this account is still active
Lovely tree in the lobby 🎄
@chloe_d that's the shop I told you about, shall we go after the cinema?
lol the cat that moved into the delivery box 😂
Hi, are you the company that sponsors the town's rugby club?
Could you share the post about our lost cat? He went missing near your Bristol store
Who picks the music in your shops? It's great
Hi, we're organising a charity run, would you share the event?
Please take my photo down from your page, I never agreed to it being used
I object to my data being used for marketing, please note it
`;

export const OTHER = examples('other', FR, EN);
