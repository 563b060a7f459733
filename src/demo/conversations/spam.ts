// Spam: crypto, followers for sale, phishing that borrows the brand's name, cold pitches.
import { seeds, type SeedRow } from './seeds.ts';

const ROWS: SeedRow[] = [
  ['twitter-fr', 'en', '🚀💰 Turn $500 into $15,000 in 7 days with our AI crypto bot!! DM me for details 📈 #bitcoin #crypto #MaisonLumiere'],
  ['twitter-fr', 'en', 'Gain 10K real followers instantly 🔥 cheapest price ➡️ followboost-pro.click'],
  ['twitter-fr', 'fr', '@MaisonLumiere Félicitations ! Vous avez été sélectionné(e) pour gagner une carte cadeau de 500€ Maison Lumière 🎁 Réclamez ici : maisonlumiere-cadeaux.top/win'],
  ['facebook-fr', 'fr', 'Cher client, votre colis Maison Lumière est en attente. Frais de douane 1,99€ à régler : ml-livraison-suivi.info/paiement'],
  ['instagram', 'en', 'Hey dear, nice page!! Promote it to 100K real audience, DM us 💯'],
  ['twitter-fr', 'fr', 'Je gagne 3000€/semaine depuis chez moi grâce à cette méthode 🤑 Lien dans ma bio'],
  ['careers', 'en', 'URGENT RECRUITMENT!!! Work from home data entry $45/hr no experience needed, apply via Telegram @easyjobs_hr'],
  ['twitter-fr', 'fr', '⚠️ Votre compte Maison Lumière sera suspendu sous 24h. Vérifiez vos informations : secure-maisonlumiere.help/login'],
  ['facebook-fr', 'en', 'Invest with Mrs. Claire Williams 🙏 she helped me earn 8 BTC in a month, contact her on WhatsApp +44 7700 900123'],
  ['instagram', 'en', 'Promote it on @viral_deco_page 🔥🔥'],
  ['instagram', 'en', '😍😍 check my page for free giveaways 🎁'],
  ['twitter-ca', 'en', 'FREE $100 GIFT CARD for the first 500 people!! 🎁 Click ➡️ mlca-giveaway.win #MaisonLumiereCA'],
  ['twitter-fr', 'en', 'Cheap designer sunglasses 90% OFF today only www.sunglass-outlet-sale.shop'],
  ['facebook-fr', 'fr', 'Bonjour, je propose mes services de référencement, 1ère page Google GARANTIE en 30 jours. Contactez-moi en MP.'],
  ['twitter-fr', 'en', 'Hello @MaisonLumiere we noticed your page violates our community guidelines. Appeal here before deletion: meta-business-support-appeal.site'],
  ['twitter-fr', 'fr', '💎 Drop NFT ce soir 20h 💎 les 100 premiers wallets gagnent x10 🚀🚀 #NFT #crypto #web3'],
  ['press-inbox', 'en', 'Dear Sir/Madam,\nWe are a leading manufacturer of LED strips in Shenzhen with 15 years experience, CE RoHS certificated, MOQ 500pcs, best price guarantee. Catalogue attached.\nBest regards,\nKevin Zhang, Sales Manager', {
    by: { handle: 'sales08@ledstrip-factory.example', name: 'Kevin Zhang' },
  }],
  ['twitter-fr', 'fr', 'Tu veux gagner de l\'argent facile ? 💸 écris « INFO » en DM 👇'],
  ['twitter-ca', 'en', 'Top-rated HVAC repair in Toronto!! Call now 📞 (416) 555-0199 #Toronto #HVAC'],
  ['instagram', 'en', 'Nice 🔥 DM us to collab 💰 @promo.boost.shop'],
  ['careers', 'fr', 'Recrutement immédiat !! Travail à domicile 250€/jour, aucune expérience, contactez-moi sur WhatsApp 📲'],
];

export const SPAM = seeds('spam', 'other', ROWS);
