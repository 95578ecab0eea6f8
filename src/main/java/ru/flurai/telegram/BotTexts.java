package ru.flurai.telegram;

/** The bot's own texts (commands and button answers), in Russian, from one place. */
final class BotTexts {
  static final String WELCOME =
      "Добро пожаловать во Flurai! 💐\nЦветочные магазины вашего города — в одном"
          + " приложении. Откройте каталог, выберите букет и оформите доставку или самовывоз.";
  static final String OPEN_APP = "Открыть Flurai";
  static final String OPEN_SHOP = "Открыть магазин";
  static final String SHOP_INVITE =
      "Вас пригласили в магазин на Flurai. Откройте его, чтобы посмотреть букеты.";
  static final String SELLER_WELCOME =
      "Здравствуйте! Вы продавец на Flurai. Заказы приходят сюда, в этот чат, а"
          + " витриной, лимитами и заказами удобно управлять в веб-панели.";
  static final String PANEL = "Панель продавца";
  static final String OPEN_ORDER = "📱 Открыть заказ";
  static final String ACCEPTED = "Заказ принят ✅";
  static final String REJECTED = "Заказ отклонён";
  static final String RECEIVED = "Спасибо! Отметили, что вы получили заказ 💐";
  static final String NOT_YOURS = "Это действие доступно только участнику заказа";
  static final String ALREADY = "Заказ уже обработан";
  static final String UNKNOWN = "Неизвестная команда";
  static final String PHONE_VERIFIED =
      "Телефон подтверждён ✅ Баллы лояльности магазинов теперь копятся на ваши карты.";
  static final String PHONE_NOT_OWN =
      "Поделитесь, пожалуйста, своим контактом: чужой номер подтвердить нельзя.";
  static final String PHONE_NOT_RUSSIAN =
      "Карты лояльности работают с российскими номерами (+7). Этот номер подтвердить нельзя.";

  private BotTexts() {}
}
