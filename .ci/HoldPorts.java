import java.net.InetAddress;
import java.net.ServerSocket;

/** Holds TCP ports on loopback until killed: stands in for a developer's Tavla (8080) and its local sign-in (8090). */
public class HoldPorts {
    public static void main(String[] ports) throws Exception {
        for (String port : ports) {
            ServerSocket socket = new ServerSocket(Integer.parseInt(port), 50, InetAddress.getByName("127.0.0.1"));
            Thread.ofPlatform().start(() -> {
                while (true) {
                    try {
                        socket.accept().close();
                    } catch (Exception ignored) {
                        // keep holding
                    }
                }
            });
        }
        System.out.println("holding");
        Thread.currentThread().join();
    }
}
