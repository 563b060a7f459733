// Press: journalists, editors, producers and podcasters asking for a comment, an interview, figures
// or access, by public message or by e-mail, often with a deadline.
import { examples } from './lines.ts';

const FR = `
Bonjour, je travaille pour le quotidien régional Ouest Matin et je prépare un sujet sur la hausse des tarifs de l'énergie. Pourriez-vous me mettre en relation avec quelqu'un pour un commentaire ?
Bonjour, journaliste à Radio Littoral, nous aimerions vous inviter dans notre matinale jeudi pour parler de l'ouverture de votre nouvelle ligne
@RailExpress je prépare un papier sur les suppressions de trains cet hiver, qui peut me répondre côté direction ?
Bonjour,\\nJe réalise un reportage pour une chaîne d'info sur la fraude aux faux conseillers bancaires. Votre banque accepterait-elle de répondre à quelques questions ?\\nBien cordialement
Rédaction du Journal de l'Éco : nous bouclons demain midi, avez-vous une réaction à la décision de l'Autorité de la concurrence ?
Bonjour, je suis pigiste pour un magazine conso et j'aimerais connaître vos chiffres de réclamations 2023
Je fais un podcast sur les entreprises qui se réinventent, votre directrice serait-elle partante pour un épisode ?
Bonjour, nous tournons un documentaire sur les métiers de la logistique, est-il possible de filmer dans l'un de vos entrepôts ?
Bonjour, qui est votre contact presse ? Je n'ai trouvé aucune adresse sur le site
Hello, étudiante en école de journalisme, je prépare un article sur l'économie circulaire dans la grande distribution, auriez-vous 15 minutes pour un échange ?
Bonjour, pouvez-vous confirmer l'information selon laquelle vous allez fermer trois agences en Bretagne ? Je publie ce soir
Bonjour, je suis rédacteur en chef adjoint d'un site spécialisé télécoms, nous aimerions tester votre nouvelle box en avant-première
Journaliste TV ici : on aimerait tourner une séquence dans votre magasin pendant les soldes, avec qui voir ça ?
Bonjour, dans le cadre d'une enquête sur les délais de remboursement des assureurs, je souhaiterais obtenir votre position officielle
Bonjour, je vous contacte de la part d'une émission de consommation diffusée le dimanche. Nous avons reçu plusieurs témoignages de clients et souhaitons vous donner la parole.
Pourriez-vous m'envoyer le communiqué concernant les nouveaux tarifs ? Je ne le trouve pas dans votre espace presse
Bonjour, une interview de votre PDG serait-elle envisageable pour notre numéro spécial innovation ?
Je couvre le salon de l'auto pour un média en ligne, peut-on prévoir un point avec votre responsable produit sur place ?
Bonjour, nous préparons un classement des meilleures banques en ligne, pouvez-vous remplir notre questionnaire avant vendredi ?
Bonjour, je suis correspondante locale, pouvez-vous me donner le nombre d'emplois créés par la nouvelle plateforme ?
@VoltaEnergie bonjour, je suis journaliste, quelqu'un de la communication pourrait me rappeler au sujet de la panne géante d'hier ?
Bonjour, je souhaiterais recevoir des visuels HD de votre nouvelle flotte de bus pour illustrer un article
Bonjour,\\nMagazine Habitat & Vie, rubrique économie. Nous consacrons un dossier aux fournisseurs d'électricité verte. Seriez-vous disponible pour un entretien téléphonique cette semaine ?\\nMerci d'avance
Chroniqueur pour une radio associative, j'aimerais évoquer votre projet de recyclage à l'antenne, quelqu'un peut venir en parler ?
Bonjour, nous aimerions citer votre étude sur les habitudes de paiement, pouvez-vous nous transmettre la méthodologie ?
Je prépare une série d'articles sur le télétravail dans les grandes entreprises, votre DRH accepterait-elle de témoigner ?
Bonjour, je suis blogueuse tech et je publie des tests indépendants, serait-il possible d'obtenir un exemplaire presse ?
Rédaction web d'une chaîne régionale : suite à l'accident de bus ce matin, avez-vous un premier bilan à communiquer ?
Bonjour, pouvons-nous avoir une accréditation presse pour l'inauguration du 12 ?
Bonjour, un journaliste de notre agence souhaiterait assister à votre assemblée générale, est-ce possible ?
Je réalise un sujet pour le JT de 13h sur la flambée des prix dans les supermarchés, une réaction de votre enseigne ?
Bonjour, nous écrivons un livre sur l'histoire des grandes enseignes françaises et aimerions consulter vos archives
Bonjour, la rédaction souhaiterait une réaction de votre part aux accusations publiées ce matin par l'association de consommateurs
Hello, on fait une émission sur YouTube (180k abonnés) qui décrypte l'actu éco, votre porte-parole serait dispo pour une interview ?
Bonjour, pourriez-vous me transmettre le dossier de presse de votre nouvelle offre mobile ?
Bonjour, je suis journaliste indépendante et je travaille sur les conditions de travail des livreurs. Accepteriez-vous de répondre à mes questions par écrit ?
Bonjour, une équipe de tournage aimerait suivre un de vos techniciens pendant une journée pour un magazine télé
Bonjour, je suis en charge de la rubrique Entreprises d'un hebdomadaire, auriez-vous un créneau pour une interview de votre directeur régional ?
Bonjour, je prépare un article sur la cybersécurité des banques en ligne, pouvez-vous m'indiquer l'interlocuteur compétent ?
Rédaction de l'Écho des Alpes, nous aimerions photographier votre nouveau magasin avant l'ouverture
Bonjour, pour notre newsletter spécialisée fintech, nous aimerions publier un portrait de votre cofondatrice
Bonjour, nous avons une question sur vos résultats trimestriels : le chiffre d'affaires annoncé inclut-il la filiale belge ?
Bonjour, je suis journaliste, est-il exact que vous abandonnez le paiement en espèces dans vos magasins ?
Bonjour, nous préparons un numéro sur les entreprises engagées, pourrions-nous échanger avec votre responsable RSE ?
Je suis en reportage devant votre siège, quelqu'un peut-il descendre répondre à quelques questions ?
Bonjour, demande de la rédaction : avez-vous des chiffres sur la fréquentation de vos trains cet été ?
Bonjour, quel est le délai pour obtenir une interview ? Mon article sort lundi
Bonjour,\\nJe suis productrice d'un podcast consacré à l'entrepreneuriat féminin. Votre fondatrice accepterait-elle d'être notre invitée ?\\nÀ bientôt j'espère
Bonjour, pour un article de fond sur la sobriété énergétique, pourrions-nous visiter votre centre de pilotage ?
Les Échos du Commerce souhaitent vous interroger sur l'ouverture des magasins le dimanche, qui dois-je contacter ?
Pourriez-vous me confirmer le nombre de clients touchés par la panne ? C'est pour un article en ligne
Bonjour, je m'occupe des relations médias d'une émission de radio nationale, nous aimerions recevoir votre économiste en chef
Bonjour, pigiste pour un mensuel féminin, je recherche des témoignages de vos conseillères en agence
Bonjour, je suis journaliste pour le site d'info locale de Besançon, pouvez-vous confirmer la fermeture de votre agence de la rue des Granges ?
Bonjour, nous préparons un sujet pour le 20h sur les arnaques aux faux SMS de livraison, seriez-vous d'accord pour témoigner ?
Bonjour, je suis à la rédaction d'un magazine auto, nous aimerions essayer votre service d'autopartage pour un banc d'essai
Journaliste ici, vous avez deux minutes pour un échange téléphonique sur la hausse de vos tarifs ?
Bonjour, média en ligne spécialisé voyage, on voudrait interviewer votre responsable des lignes de nuit
Je prépare une chronique radio sur les cartes de fidélité, pourriez-vous m'expliquer le fonctionnement de la vôtre ?
Bonjour, reporter pour une agence de presse, nous cherchons à joindre votre service communication concernant le mouvement social
Bonjour, je suis journaliste scientifique et je travaille sur la sécurité des batteries de trottinettes, auriez-vous un expert à me proposer ?
Bonjour, pour le supplément week-end de notre journal, nous souhaitons réaliser un portrait d'un de vos chefs boulangers
Dans le cadre d'un reportage pour une chaîne régionale, pourrions-nous interroger des clients dans votre galerie marchande ?
Bonjour, rédactrice pour un magazine parents, je recherche un interlocuteur sur vos offres de garde d'enfants en gare
Bonjour, je travaille sur un long format consacré aux centres d'appels, est-ce que je pourrais visiter le vôtre ?
Bonjour, le journal aimerait publier votre réponse aux critiques de l'association des usagers, avant 17h si possible
Bonjour, je suis correspondant de presse étrangère à Paris, votre dirigeant accepterait-il une interview en anglais ?
Bonjour, pourriez-vous m'indiquer le nombre d'abonnés à votre offre fibre à fin décembre ? C'est pour un article comparatif
Bonjour, je réalise une émission sur les métiers de la nuit et j'aimerais suivre une équipe de maintenance des voies
Bonjour, l'émission que je produis aimerait faire un test anonyme de votre service client, puis vous donner la parole
Bonjour, nous sommes la rédaction d'un mensuel économique régional et préparons le palmarès des entreprises qui recrutent
Bonjour, je suis journaliste pour un site de fact-checking, une rumeur circule sur vos tarifs, pouvez-vous la confirmer ou la démentir ?
Bonjour, pour une série de podcasts sur l'histoire des marques, pourrions-nous interviewer votre archiviste ?
Bonjour, je suis élève en école de journalisme et je réalise un reportage vidéo sur l'accessibilité des gares, vous accepteriez d'y participer ?
Pour une enquête publiée la semaine prochaine, nous souhaitons connaître votre position sur la revente des données clients
Bonjour, nous aimerions parler de votre nouvelle appli dans notre rubrique high-tech, est-il possible d'avoir une démo ?
Bonjour, la radio souhaiterait recevoir votre directeur commercial en direct mardi à 8h15 pour parler des prix
Bonjour, je suis journaliste pour une newsletter consacrée à l'énergie, pourriez-vous m'envoyer vos chiffres de production solaire ?
Bonjour,\\nNous réalisons un documentaire sur la transformation des centres-villes et aimerions filmer l'ouverture de votre magasin.\\nCordialement,\\nL'équipe de production
Hello, je suis journaliste indépendant, j'enquête sur les frais bancaires cachés. Une réponse écrite de votre part serait précieuse.
Bonjour, nous avons appris la nomination de votre nouvelle directrice générale, une première interview serait-elle possible ?
Bonjour, quotidien national, service économie : pouvez-vous réagir à l'annonce du plan social chez votre sous-traitant ?
Bonjour, je prépare un sujet sur le prix des forfaits mobiles, votre service presse pourrait-il me rappeler ?
Bonjour, magazine féminin ici, nous cherchons une experte de votre banque pour parler d'épargne au féminin
Bonjour, je suis journaliste sportif et je travaille sur votre sponsoring du club local, puis-je vous poser quelques questions ?
Bonjour, une chaîne d'information en continu souhaiterait un duplex depuis votre centre de tri ce soir, est-ce envisageable ?
Bonjour, dans le cadre de l'émission que je présente sur la radio étudiante, pourrions-nous inviter votre responsable RSE ?
Bonjour, pour notre dossier consacré aux jeunes entrepreneurs, nous aimerions interviewer le fondateur de votre start-up
Bonjour, je suis photographe de presse et je souhaiterais faire un reportage dans vos ateliers de fabrication
Bonjour, nous publions demain un article sur les délais de raccordement, souhaitez-vous apporter un commentaire ?
Bonjour, rédaction d'un journal gratuit distribué dans le métro, vous auriez un chiffre sur la fréquentation de votre ligne ?
Bonjour, rédactrice pour un site d'actualité locale, pouvez-vous confirmer la fermeture du magasin de Brest ?
Journaliste télé, nous préparons un sujet sur les retours de produits, un porte-parole pourrait-il s'exprimer ?
Bonjour, je souhaiterais obtenir le communiqué officiel concernant le rappel annoncé ce matin
Bonjour, pour un papier sur les enseignes qui recrutent cet été, pourriez-vous nous communiquer vos chiffres ?
`;

const EN = `
Hi, Evening Post reporter here, working on a story about energy price rises, could someone give us a comment?
Hello, producer at a local radio station here, would your CEO be available for a live interview on Thursday morning?
Writing a piece on winter train cancellations, who can speak for the company?
Hi,\\nI'm putting together a segment on bank impersonation scams for a national news channel. Would your bank answer a few questions on camera?\\nThanks
We go to print tomorrow at noon, do you have a statement on the regulator's decision?
Freelance journalist here, could you share your complaint figures for last year?
I host a podcast about companies reinventing themselves, would your founder join us for an episode?
We're filming a documentary about logistics jobs, could we film in one of your warehouses?
Who handles press enquiries? I couldn't find a media contact on your website
Journalism student here, writing about the circular economy in retail, would you have 15 minutes for a chat?
Can you confirm you're closing three branches in Wales? Publishing tonight
Tech site editor here, we'd love to review your new router before launch
Can we get a press pass for the opening on the 12th?
Consumer affairs show here: we've had several viewer complaints and would like to give you the right to reply
Could you send me the press release about the new prices? It's not in your newsroom
Is an interview with your chief executive possible for our innovation issue?
We're compiling a ranking of online banks, can you fill in our survey by Friday?
Local correspondent here, how many jobs will the new depot create?
Could your press office call me back about yesterday's outage? On deadline
Can I get high res images of the new bus fleet for an article?
Business desk at a weekly paper, do you have time for an interview with your regional director this week?
I'm a tech blogger who publishes independent reviews, could I get a review unit?
Following this morning's bus accident, do you have an initial statement for our readers?
We're writing a book on the history of British retailers and would love access to your archives
Would your spokesperson react to the consumer group's report published this morning?
Could you share the media kit for the new mobile plan?
Independent journalist working on delivery riders' working conditions, would you answer some questions in writing?
A TV crew would like to shadow one of your engineers for a day for a magazine programme
Is it true you're going cashless in all stores? Need to confirm for a story
We're doing a feature on companies with strong sustainability commitments, could we talk to your head of sustainability?
Newsroom request: do you have passenger numbers for this summer?
What's the lead time for an interview? My piece runs Monday
Could you confirm how many customers were affected by the outage? For an online article
Hi! We run a YouTube channel explaining business news (200k subs), would your spokesperson do an interview?
Hello, fintech newsletter here, we'd like to run a profile of your co-founder
Quick question from the business desk: does the revenue figure include the Irish subsidiary?
Hi, local news site reporter here, can you confirm the closure of your High Street branch?
Working on a story about parcel text scams for the evening news, would someone from your team speak to us?
Motoring magazine here, we'd like to test your car sharing service for a feature
Journalist here, do you have two minutes for a call about your price rise?
Travel site editor here, could we interview whoever runs your sleeper services?
I'm doing a radio segment on loyalty cards, could someone explain how yours works?
Wire service reporter trying to reach your communications team about the strike
Science journalist working on e-scooter battery safety, do you have an expert I could talk to?
For our weekend supplement we'd love to profile one of your head bakers
We'd like to interview shoppers in your mall for a regional TV report, who do I ask?
I'm writing a long read about call centres, could I visit yours?
We'd like to publish your response to the passengers' association before 5pm
Foreign correspondent in London here, would your chief executive do an interview?
How many fibre customers did you have at the end of December? It's for a comparison piece
Fact-checking site here, a rumour about your prices is going around, can you confirm or deny?
For a podcast series on brand history, could we interview your archivist?
Journalism student making a video report on station accessibility, would you take part?
We're publishing an investigation next week and want your position on selling customer data
Could we get a demo of your new app for our tech column?
The breakfast show would like your sales director live on Tuesday at 8:15 to talk about prices
Energy newsletter writer here, could you send your solar generation figures?
Hello,\\nWe're making a documentary on changing high streets and would love to film your store opening.\\nKind regards,\\nThe production team
Independent journalist investigating hidden bank fees, a written response would be really helpful
Congratulations on the new CEO appointment, would a first interview be possible?
Sports reporter here working on your sponsorship of the local club, can I ask a few questions?
Rolling news channel asking if we can go live from your sorting centre tonight
We're running a piece on connection delays tomorrow, would you like to comment?
Press photographer here, I'd like to shoot a feature in your workshops
Free commuter paper here, do you have ridership figures for the new line?
Podcast producer here, our listeners keep asking about your company, would your founder come on the show?
Hi, local news writer here, can you confirm the Plymouth store is closing?
TV journalist, we're preparing a segment on product returns, could a spokesperson talk to us?
Hello, could I get the official statement about the recall announced this morning?
Hi, we're preparing an article on retailers hiring this summer, could you share your numbers?
`;

export const PRESS = examples('press', FR, EN);
