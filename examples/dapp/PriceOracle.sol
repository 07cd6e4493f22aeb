// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "../../contracts/src/IHub.sol";

/// @notice An example dapp: a price feed that decloud keeps up to date. Its owner requests
///         tasks of the examples/oracle app with this contract as the request's callback and
///         the arguments `<label> <quote> <quote> ...`; the app computes the median of the
///         quotes and writes /out/callback.bin = abi.encode(uint256 value, uint256 sources,
///         string label), value in units of 10^-DECIMALS. Once the workers agree on it, the
///         hub calls receiveResult with exactly those bytes (their keccak256 is the task's
///         result digest), within a gas budget of 100,000: the state is packed into two slots.
///
///         Any requester may name this contract as a callback: a production feed would also
///         check who paid for the task (hub.viewTask, then hub.viewDeal's requester), which
///         costs more gas than this example's budget leaves.
contract PriceOracle is IOracleConsumer {
    /// @notice Quotes and values are fixed-point numbers with this many decimals.
    uint8 public constant DECIMALS = 6;

    /// @notice The only caller receiveResult accepts.
    address public immutable hub;
    /// @notice Who deployed the feed: the only account that may have it request updates.
    address public immutable owner;
    /// @notice What this feed prices (e.g. "ETH/USD"): the first argument of the requests,
    ///         which a result must echo.
    string public label;

    /// @notice The latest median (10^-DECIMALS units).
    uint128 public value;
    /// @notice How many quotes the latest median was computed from.
    uint32 public sources;
    /// @notice The block time of the latest update.
    uint40 public updatedAt;
    /// @notice How many results were accepted.
    uint32 public updates;
    /// @notice The task that computed the latest value.
    bytes32 public lastTask;

    event PriceUpdated(bytes32 indexed taskid, uint256 value, uint256 sources, string label);

    constructor(address hub_, string memory label_) {
        require(hub_ != address(0), "oracle: no hub");
        require(bytes(label_).length > 0, "oracle: no label");
        hub = hub_;
        owner = msg.sender;
        label = label_;
    }

    /// @notice Presigns, on the hub, a request order whose requester and callback are this
    ///         feed: the feed itself asks for updates and pays for them from its escrow on
    ///         the hub (fund it with hub.depositFor(amount, feed)). Published on the market
    ///         with an empty signature, the order is matched by any pool whose scheduler
    ///         brokers the request book, with no one at a keyboard.
    function request(RequestOrder calldata o) external {
        require(msg.sender == owner, "oracle: not the owner");
        require(o.requester == address(this) && o.callback == address(this), "oracle: not a request of this feed");
        IHubMarket(hub).presignRequestOrder(o);
    }

    /// @notice Withdraws what remains of a request the feed presigned.
    function cancel(RequestOrder calldata o) external {
        require(msg.sender == owner, "oracle: not the owner");
        IHubMarket(hub).cancelRequestOrder(o);
    }

    /// @notice Everything about the latest update, in one call.
    function latest() external view returns (uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_) {
        return (value, sources, updatedAt, updates, lastTask);
    }

    /// @inheritdoc IOracleConsumer
    function receiveResult(bytes32 taskid, bytes calldata result) external {
        require(msg.sender == hub, "oracle: not the hub");
        (uint256 v, uint256 n, string memory l) = abi.decode(result, (uint256, uint256, string));
        require(keccak256(bytes(l)) == keccak256(bytes(label)), "oracle: another label");
        require(n > 0 && n <= type(uint32).max, "oracle: bad number of sources");
        require(v <= type(uint128).max, "oracle: value out of range");
        value = uint128(v);
        sources = uint32(n);
        updatedAt = uint40(block.timestamp);
        updates++;
        lastTask = taskid;
        emit PriceUpdated(taskid, v, n, l);
    }
}
