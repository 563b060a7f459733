// Ideas: suggestions and wishes for a product, a service or a shop, from customers who want it to
// be better (often polite, sometimes phrased as "why don't you" or "if only").
import { examples } from './lines.ts';

const FR = `
Ce serait top de pouvoir choisir un créneau de livraison le soir après 19h
@AppliBudget une option pour classer les dépenses par projet ça serait vraiment pratique
Pourquoi ne pas proposer des menus enfants sans sucre ajouté ?
Vous devriez mettre des prises USB à chaque siège, sur un trajet de 4h ça changerait tout
Idée : un mode sombre pour l'appli, mes yeux vous remercieront le soir
J'adorerais que vous fassiez une version sans lactose de vos yaourts
Suggestion pour l'espace client : afficher la consommation semaine par semaine
Ce qui manque vraiment c'est un comparatif des forfaits directement dans l'appli
Il faudrait des caisses rapides pour moins de 5 articles, le samedi c'est l'enfer
Ça serait génial de pouvoir rendre les vélos dans n'importe quelle station, même pleine
Vous pourriez ajouter un rappel avant le renouvellement de l'abonnement ? Ça éviterait les mauvaises surprises
Et si vous proposiez la consigne pour les bouteilles en verre ?
Mon rêve : pouvoir bloquer ma carte pour les paiements en ligne seulement, depuis l'appli
Pensez à mettre les prix au kilo en plus gros sur les étiquettes, on ne voit rien
Une appli Apple Watch pour valider le billet, ce serait le top
Proposition : des emballages consignés pour la livraison de repas
Ce serait bien d'avoir les horaires de passage en temps réel sur les écrans des arrêts
Petite idée : laisser le choix de la musique d'attente 😅 ou au moins en changer
Vous avez pensé à faire des ateliers réparation dans vos magasins ?
Ça manque d'un filtre "végétarien" dans votre appli de courses
J'aimerais pouvoir partager mon suivi de colis avec un voisin
Vos clients fidèles mériteraient une réduction sur le renouvellement, pas seulement les nouveaux
Pourquoi pas un abonnement famille pour le streaming ? Là on paie trois comptes
Il serait pratique d'avoir la facture directement en PDF dans le mail plutôt que de devoir se connecter
Vous devriez vendre les pièces détachées, je réparerais moi-même
Un espace enfant dans vos agences ça aiderait beaucoup les parents 🙂
Ajoutez une option "ne pas sonner" pour les livraisons, bébé qui dort !
Sur le site, un bouton pour recommander la même commande que la dernière fois, ça serait génial
Ce serait cool de pouvoir choisir sa place dans le car comme dans le train
J'ai une idée pour l'appli : afficher le solde prévisionnel après les prélèvements à venir
Et pourquoi pas une carte de fidélité dématérialisée dans le wallet du téléphone ?
Vous pourriez mettre en place un système de parrainage pour les entreprises aussi
Des compartiments plus grands dans les trains de nuit pour les vélos, s'il vous plaît !
Ce serait bien qu'on puisse noter les livreurs
Vous devriez proposer des tailles plus grandes en magasin et pas seulement en ligne
Une suggestion : envoyer un SMS quand la coupure de courant est terminée
Franchement une appli qui marche hors ligne pour les billets, vous y avez pensé ?
Il faudrait une vraie version anglaise du site pour les touristes
Pour l'hôtel : des prises près du lit, et une bouilloire, trois fois rien qui change tout
Ce serait top si vous faisiez des paniers anti-gaspi en fin de journée
Pourquoi ne pas recycler les anciennes box quand vous installez les nouvelles ?
Vous pourriez ajouter le paiement par virement instantané ?
Ça serait super de pouvoir regrouper plusieurs contrats sur une seule facture
J'aimerais bien des rappels de rendez-vous par SMS la veille
Vous devriez faire une gamme de produits en vrac, beaucoup de clients en demandent
Pourquoi l'appli ne permet pas de scanner un RIB ? Ce serait plus simple que de tout taper
Un mode "économie de données" dans l'appli vidéo serait bienvenu
Il manque une option pour exporter l'historique des trajets, pratique pour les notes de frais
Suggestion : afficher le taux de remplissage des rames avant de monter
J'aimerais pouvoir mettre mon compte en pause pendant les vacances plutôt que résilier
Des bornes de recharge pour trottinettes devant vos magasins, ce serait un plus
Pensez aux gauchers dans vos gammes de ciseaux et d'ustensiles 😉
Ça serait sympa d'avoir un choix de cadeaux avec les points fidélité, pas que des bons d'achat
Vous pourriez indiquer l'empreinte carbone de chaque trajet au moment de l'achat
Idée d'amélioration : pouvoir signer les contrats directement dans l'appli
Proposez des boxes sans engagement pour les étudiants, on ne reste qu'un an
Et si les relevés de compte étaient lisibles par un lecteur d'écran ? Pensez aux malvoyants
Il faudrait une alerte quand un article de ma liste d'envies repasse en stock
Ce serait bien d'avoir des toilettes accessibles dans toutes les gares, pas seulement les grandes
Ça me plairait de pouvoir choisir un emballage cadeau en ligne
Petite suggestion : afficher les allergènes en gros sur la carte du restaurant
Une option pour recevoir les factures tous les trimestres plutôt que tous les mois ?
Vous devriez ouvrir plus tard le jeudi, beaucoup de gens finissent à 19h
Et une appli pour commander à l'avance à la boulangerie ? On éviterait la queue
Vous pourriez mettre des casiers pour récupérer les colis 24h/24 ?
Je propose qu'on puisse choisir le jour de prélèvement, ça aiderait plein de gens
Ajoutez la possibilité de payer en plusieurs fois sans frais pour les gros achats
Si vous pouviez proposer des formats plus petits pour les personnes seules...
Ce serait pratique que l'appli se souvienne de mes gares favorites
Pourquoi pas un programme de reprise des vieux téléphones en magasin ?
Ça manquerait pas un bouton "signaler un problème" directement sur l'arrêt de bus ?
Un chat en direct le soir ce serait génial, je travaille en journée
Des bancs sur les quais seraient les bienvenus, on attend debout 20 min
Vous pourriez proposer des sachets plus petits, on gaspille beaucoup
Ce serait sympa un programme de fidélité pour les trajets domicile-travail
Mettez un bouton pour signaler un retard directement depuis l'appli
Il faudrait pouvoir choisir le lieu de livraison au dernier moment
Pourquoi pas des cabines d'essayage avec un bouton pour appeler un vendeur ?
Une appli pour réserver son créneau de passage en caisse ? Ça existe ailleurs
Vous pourriez accepter les cartes restaurant en ligne, ça me ferait commander plus souvent
J'adorerais une version audio des relevés pour ma grand-mère qui voit mal
Proposez une offre box sans TV, je ne la regarde jamais
Les factures devraient afficher la comparaison avec l'an dernier, c'est parlant
Ça serait génial de pouvoir donner ses points fidélité à une association
Une notif quand le bus a plus de 10 min de retard, ce serait parfait
Vous devriez faire des ateliers pour apprendre aux seniors à utiliser l'appli
Et si vous proposiez des trajets partagés entre clients pour aller en agence ?
Vous pourriez pas proposer la livraison sur rendez-vous le samedi matin ? Ça arrangerait plein de monde
C'est prévu, une appli pour tablette ?
Ça serait chouette d'avoir un atelier montage en magasin pour les meubles en kit
Pensez aux gauchers dans votre gamme de ciseaux 🙏
Un programme de reprise des anciens appareils, ce serait un vrai plus pour la planète
Si je peux me permettre : mettez les tailles en cm sur les fiches produits, ça éviterait des retours
J'aimerais trop une version rose pastel de ce modèle 😍 vous y pensez ?
Une carte cadeau dématérialisée qu'on peut envoyer par SMS, ce serait parfait pour les anniversaires de dernière minute
Un petit espace enfants dans les magasins, les parents vous diraient merci
Ce serait bien d'avoir une heure de passage approximative dans le suivi de commande
Et pourquoi pas un abonnement pour les produits d'entretien, livrés tous les mois ?
Ajoutez la possibilité de payer avec des chèques vacances en ligne svp
Une idée comme ça : des bornes pour recharger son téléphone dans les agences
Ce serait cool de pouvoir noter le livreur directement dans l'appli
Faites des éditions limitées avec des artistes locaux, ça partirait en un rien de temps
Une FAQ un peu plus complète vous éviterait la moitié des questions ici 😉
J'aimerais pouvoir choisir un emballage sans plastique à la commande
Vous devriez faire des créneaux de livraison le soir, tout le monde travaille en journée
Ça serait pratique de pouvoir prendre rendez-vous en magasin pour un conseil
Proposez une option sans notice papier, je la télécharge de toute façon
`;

const EN = `
It would be great to choose an evening delivery slot after 7pm
Please add a dark mode to the app, my eyes will thank you
Why not offer kids meals with no added sugar?
You should put USB sockets at every seat, on a 4 hour trip it would change everything
Would love a lactose free version of your yoghurts
Suggestion for the account page: show usage week by week
What's really missing is a plan comparison inside the app
You need an express lane for under 5 items, Saturdays are hell
Could you add a reminder before the subscription renews? Would save a lot of nasty surprises
How about a deposit return scheme for glass bottles?
Feature request: let me block online payments only, from the app
Make the price per kilo bigger on the labels, nobody can read it
An Apple Watch app for tickets would be amazing
Real time arrival times on the screens at the stops would be so useful
Have you thought about repair workshops in your stores?
A vegetarian filter in the grocery app please!
I'd love to share my parcel tracking with a neighbour
Loyal customers deserve a discount on renewal too, not just new ones
Why not a family plan for the streaming service? We pay for three accounts right now
Please attach the invoice as a PDF to the email instead of making us log in
You should sell spare parts, I'd happily fix things myself
Add a "don't ring the bell" option for deliveries, baby sleeping!
A "reorder my last basket" button would be perfect
Idea for the app: show the projected balance after upcoming direct debits
Any plans to add the loyalty card to Apple Wallet?
Bigger bike spaces on the night trains please
It'd be nice to be able to rate the delivery drivers
Suggestion: text us when the power cut is over
Offline tickets in the app, has anyone thought of that?
The hotel rooms need sockets next to the bed. Small thing, big difference
Would be cool if you did end of day surplus bags like some bakeries do
Could you add instant bank transfer as a payment option?
Being able to group several contracts on one bill would be super handy
Appointment reminders by text the day before would help a lot
Consider a bulk refill range, lots of us would use it
A data saver mode in the video app would be welcome
Let us export trip history for expense reports please
Show how crowded each carriage is before we board
I wish I could pause my account during holidays instead of cancelling
Think about left handed people in your kitchen range 😉
Show the carbon footprint of each journey at checkout
Let us sign contracts in the app, would save a trip to the branch
Make your statements screen reader friendly please, think of blind customers
Notify me when something on my wishlist is back in stock
Would love gift wrapping as an option online
Quarterly billing instead of monthly would suit me better, any chance?
Stay open later on Thursdays, lots of us finish at 7
Lockers for 24/7 parcel pickup would be brilliant
Let customers choose the direct debit date, it would help so many people
Smaller pack sizes for people living alone please
The app should remember my favourite stations
A trade-in scheme for old phones in store would be a great idea
Live chat in the evening would be amazing, I work during the day
Benches on the platforms would be very welcome, we stand for 20 minutes
Please offer smaller bags, so much goes to waste
A loyalty scheme for commuters would be nice
Put a "report a delay" button right in the app
Let us pick the delivery location at the last minute
Fitting rooms with a button to call staff, please
An app to book a slot at the checkout? Other shops do it
Accept meal vouchers online and I'd order more often
Audio statements for people with poor eyesight would be brilliant
Offer broadband without TV, I never watch it
Bills should show a comparison with last year
Let us donate loyalty points to charity
Could you offer Saturday morning delivery slots? Would help a lot of people
Any plans for a tablet version of the app?
Would be lovely to have an assembly workshop in store for flat-pack furniture
Please think of left-handed people in your scissors range 🙏
A trade-in programme for old appliances would be a real plus
If I may: put measurements in cm on product pages, it would save so many returns
I'd love this in pastel pink 😍 any chance?
A digital gift card you can send by text would be perfect for last-minute birthdays
A small kids' corner in the stores, parents would thank you
It would be great if tracking showed an approximate delivery time
What about a subscription for cleaning products, delivered monthly?
Let us pick plastic-free packaging at checkout please
Idea: phone charging points in your branches
It'd be cool to rate the driver directly in the app
Do limited editions with local artists, I'm sure they'd sell out
A fuller FAQ would save you half the questions on here 😉
You should offer evening delivery slots, everyone works during the day
It would be handy to book an appointment in store for advice
Offer an option without a paper manual, I download it anyway
`;

export const IDEAS = examples('idea', FR, EN);
