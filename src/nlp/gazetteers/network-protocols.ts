/**
 * Names and acronyms of network and software protocols (the same in every language): before "protocol"
 * they make it a network protocol, not an agreement ("the HTTP protocol", "le protocole TCP").
 */
export const NETWORK_PROTOCOL_WORDS: readonly string[] = `http https tcp ip udp smtp imap pop pop3 ftp sftp ssh tls ssl cors spdy quic dns dhcp bgp ospf rtp rtsp
  sip xmpp mqtt amqp websocket json rpc grpc soap rest oauth openid ldap kerberos nfs smb usb bluetooth wifi wi-fi zigbee modbus internet`.split(/\s+/);
